import { normalizeDrawnText as normalizeText } from './drawn-text';
import { holdsCredentialInput } from './fake-window';
import { tagOf } from './markup-vocabulary';
import { inputType, mentionsAny } from './page-vocabulary';
import { SNAPSHOT_CAPS as CAPS } from './snapshot-caps';
import type { StyleLike } from './visibility';

const BACKGROUND_URL = /url\(\s*["']?([^"')]{1,400})/i;
const LOGO_NAMES: readonly string[] = ['logo', 'brand'];

/** Last path segment of a URL, decoded; data: URLs say nothing about a logo. */
function fileNameOf(src: string): string {
  const trimmed = src.trim().slice(0, CAPS.imageUrl);
  if (/^data:/i.test(trimmed)) return '';
  const path = trimmed.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** What an image button says: its `alt`, else its picture's file name ("continue.png" reads "continue"). */
export function imageButtonText(element: Element): string {
  const alt = element.getAttribute('alt');
  if (alt) return alt;
  return fileNameOf(element.getAttribute('src') ?? '')
    .replace(/\.[a-z0-9]{2,4}$/i, '')
    .replace(/[-_.]+/g, ' ');
}

/** An image's text alternative, as a screen reader would name it. */
export function imageLabelOf(element: Element, tag: string): string {
  const label =
    element.getAttribute('alt') ?? element.getAttribute('aria-label') ?? element.getAttribute('title') ?? '';
  if (label !== '' || tag !== 'SVG') return normalizeText(label, CAPS.shortSample);
  return normalizeText(element.querySelector('title')?.textContent ?? '', CAPS.shortSample);
}

/** What names an image or a logo box: file names, alt text, labels, class and id, a background image's file. */
export function imageHintsOf(element: Element, tag: string, style: StyleLike | null): string[] {
  const hints: string[] = [];
  if (tag === 'IMG' || (tag === 'INPUT' && inputType(element) === 'image')) {
    hints.push(fileNameOf(element.getAttribute('src') ?? ''), element.getAttribute('alt') ?? '');
  }
  if (tag === 'SVG' || tag === 'IMG' || element.getAttribute('role') === 'img') {
    hints.push(
      element.getAttribute('aria-label') ?? '',
      element.getAttribute('class') ?? '',
      element.getAttribute('id') ?? '',
    );
    if (tag === 'SVG') hints.push(element.querySelector('title')?.textContent ?? '');
  } else {
    const naming = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (mentionsAny(naming.toLowerCase(), LOGO_NAMES)) hints.push(naming);
  }
  if (tag === 'USE') hints.push(element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? '');
  // Nearly always `none`: no pattern to run.
  const image = style?.getPropertyValue('background-image') ?? '';
  const background = image.includes('(') ? BACKGROUND_URL.exec(image)?.[1] : undefined;
  if (background) hints.push(fileNameOf(background));
  return hints.map((hint) => normalizeText(hint, CAPS.shortSample)).filter((hint) => hint !== '');
}

/** Few elements and little text: a sign-in card, not an article or a page that happens to hold a form. */
function isCard(box: Element): boolean {
  if (box.getElementsByTagName('*').length > CAPS.cardElements) return false;
  const text = box.textContent;
  return text.length <= CAPS.cardText || text.replace(/\s+/g, '').length <= CAPS.cardText;
}

/**
 * The image sits in a small box that also holds a credential field, without holding one itself: it brands the
 * sign-in card, as a logo over the form does. The page body is never a card: everything is inside it.
 */
export function inSignInCard(image: Element): boolean {
  if (holdsCredentialInput(image)) return false;
  let box = image.parentElement;
  for (let level = 0; level < CAPS.cardLevels && box; level += 1, box = box.parentElement) {
    const tag = tagOf(box);
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (holdsCredentialInput(box)) return isCard(box);
  }
  return false;
}
