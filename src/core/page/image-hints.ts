import { normalizeDrawnText as normalizeText } from './drawn-text';
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
