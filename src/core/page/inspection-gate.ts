import { GOOGLE_MARKUP_IDS } from '../providers/google-sign-in';
import { MICROSOFT_MARKUP_IDS } from '../providers/microsoft-sign-in';
import { undoRightToLeftOverride } from './bidi-override';
import { documentRoot } from './dom-access';
import { normalizeText } from './normalize-text';
import { DEFAULT_GATE_KEYWORDS, GATE_SAMPLE_LENGTH as SAMPLE_LENGTH, wakeSignals } from './wake-gate';
import {
  inputType,
  isApproveWording,
  isDenyWording,
  isIdentifierInput,
  isPasswordInput,
  mentionsAny,
} from './page-vocabulary';

/** Bounds on what the inspection gate may touch: it runs on pages the wake gate let through, after every DOM change. */
const MAX_SHADOW_SCAN = 2_000;
const MAX_INPUTS = 200;
const MAX_BUTTONS = 30;

const BUTTON_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button']);

/**
 * What the detector counts as a protected provider's branding, as short stems: the providers' names and products,
 * their logos' file-name hints and the wording their sign-in pages use, which kits copy (`Branding` in the
 * provider registry; a unit test holds every name, logo hint and phrase there to a stem here). Every warning about
 * a page that asks for credentials comes from such branding, a fake window's address bar or a lookalike host, so a
 * page that asks for credentials is read in full on load only when one of these shows where the gate reads
 * cheaply. The rest (a shop's own sign-in) is read when the user focuses a field, before anything is typed.
 */
export const PROVIDER_KEYWORDS: readonly string[] = [
  'microsoft',
  'azure',
  'devops',
  'visual studio',
  'vsts',
  'office',
  'outlook',
  'entra',
  'onedrive',
  'sharepoint',
  'skype',
  'github',
  'octicon',
  'octocat',
  'google',
  'gmail',
  'ms-logo',
  'mslogo',
  'msft',
  'bannerlogo',
  'vss-logo',
  'sign in to your account',
  'work or school',
  'pick an account',
  'choose an account',
  'enter password',
  'enter your password',
  'stay signed in',
  "can't access your account",
  'forgot my password',
  'forgot email',
  'sign-in options',
  'email or phone',
  'email, phone',
  'no account? create one',
  'to continue to',
  'username or email address',
  'not your computer',
  'one account. all of',
  'authorize application',
  'authorizing will redirect',
  'wants to access your',
  'wants access to your',
  'kennwort vergessen',
  'wachtwoord vergeten',
  'permissions requested',
  'this app would like',
];

/**
 * The ids and input names of the providers' own sign-in pages (`markupIds` in the provider registry; a unit test
 * holds them to it). A saved copy keeps them wherever its brand shows only as a picture, and an id is looked
 * up in the document's own id map, not searched for.
 */
export const PROVIDER_MARKUP_IDS: readonly string[] = [...MICROSOFT_MARKUP_IDS, ...GOOGLE_MARKUP_IDS];

interface InputScan {
  password: boolean;
  /** The first password field: where a sign-in form's own wording is read. */
  passwordField: Element | null;
  /** The first username/email field: its form's own wording is read when the page's headline says nothing. */
  identifier: Element | null;
  /** Text of submit/button inputs, for the approval-structure check. */
  buttonTexts: string[];
}

/**
 * The inspection gate: is this possibly a sign-in or consent page, to be read in full (`takeSnapshot`) and
 * reported? It runs in the wake module, on pages the wake gate (`shouldWake`) let through, and starts from the
 * same reading (`wakeSignals`); past it, elements are read, bounded (attributes, bounded textContent; no layout,
 * no computed style, no full text walk). Two-step flows pass when their password step or branded email step
 * appears (the content script runs this gate again after DOM changes).
 */
export function shouldInspect(
  doc: Document,
  keywords: readonly string[] = DEFAULT_GATE_KEYWORDS,
  providers: readonly string[] = PROVIDER_KEYWORDS,
): boolean {
  try {
    const signals = wakeSignals(doc, keywords);
    if (!signals) return false;
    if (signals.approvalUrl) return true;
    const { titled, consentPlausible } = signals;
    // Microsoft's page after a device code names the app and asks for nothing; MSAL for Java's tests answer it by
    // its Continue button, `idSIButton9` (MICROSOFT_AFTER_CODE_PAGES), an id the sign-in pages share.
    if (titled && doc.getElementById('idSIButton9')) return true;
    const page = scanInputs(doc);
    if (consentPlausible && hasApprovalButtons(doc, page.buttonTexts)) return true;
    const field = page.passwordField ?? page.identifier;
    if (field) return showsProvider(doc, field, providers) || namesCopied(page.identifier);
    // Walking for open shadow roots costs milliseconds on large pages, so only pages whose title speaks of
    // signing in or of a provider pay it. A credential field in a shadow root of any other page is still
    // inspected: the content script checks again when such a field gets focus, before anything is typed.
    if (!titled) return false;
    return openShadowRoots(doc)
      .map(scanInputs)
      .some((scan) => scan.password || scan.identifier !== null);
  } catch {
    // A page that breaks our reads is odd enough to look at properly.
    return true;
  }
}

function scanInputs(root: Document | ShadowRoot): InputScan {
  const scan: InputScan = { password: false, passwordField: null, identifier: null, buttonTexts: [] };
  // Live collections are cheap everywhere; selector queries over a whole large document are not in every engine.
  const inputs = 'getElementsByTagName' in root ? root.getElementsByTagName('input') : root.querySelectorAll('input');
  const count = Math.min(inputs.length, MAX_INPUTS);
  for (let index = 0; index < count; index += 1) {
    const input = inputs[index];
    if (!input) continue;
    const type = inputType(input);
    if (isPasswordInput(input)) {
      scan.password = true;
      scan.passwordField = input;
      return scan;
    }
    if (BUTTON_INPUT_TYPES.has(type)) scan.buttonTexts.push(input.getAttribute('value') ?? '');
    else if (!scan.identifier && isIdentifierInput(input)) scan.identifier = input;
  }
  return scan;
}

/**
 * Open shadow roots among the first elements of the body, in document order (nested roots are not
 * followed). A sibling walk: indexing a live `*` collection makes some engines list the whole document.
 */
function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element: Element | null = documentRoot(doc);
  for (let seen = 0; element && seen < MAX_SHADOW_SCAN; seen += 1) {
    if (element.shadowRoot) roots.push(element.shadowRoot);
    element = nextElement(element);
  }
  return roots;
}

function nextElement(element: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
}

/** An approve-worded and a deny-worded button together: the shape of a consent page. */
function hasApprovalButtons(doc: Document, inputTexts: readonly string[]): boolean {
  const texts = [...inputTexts];
  const buttons = doc.getElementsByTagName('button');
  for (let index = 0; index < buttons.length && index < MAX_BUTTONS; index += 1) {
    texts.push(buttons.item(index)?.textContent.slice(0, SAMPLE_LENGTH) ?? '');
  }
  let approve = false;
  let deny = false;
  for (const raw of texts) {
    const text = normalizeText(raw, 60);
    approve ||= isApproveWording(text);
    deny ||= isDenyWording(text);
  }
  return approve && deny;
}

/**
 * Whether a page asking for credentials shows a protected provider anywhere the gate reads cheaply. Cheapest first,
 * as a branded page stops at the first hit: the title and host (strings), the head (favicon, site-name metadata),
 * the form around `field` and the card around it (text, labels, image names), then the first headings and images
 * and an inline four-squares logo, which may each walk the document.
 */
function showsProvider(doc: Document, field: Element, providers: readonly string[]): boolean {
  const parts = [doc.title, /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(doc.URL)?.[1] ?? ''];
  // Found at once (the head comes first); a document without one (an XML one) is searched whole.
  const inHead: ParentNode = doc.querySelector('head') ?? doc;
  parts.push(inHead.querySelector('link[rel~="icon" i]')?.getAttribute('href')?.slice(0, SAMPLE_LENGTH) ?? '');
  for (const selector of [
    'meta[property="og:site_name" i]',
    'meta[name="application-name" i]',
    'meta[property="og:title" i]',
  ]) {
    parts.push(inHead.querySelector(selector)?.getAttribute('content') ?? '');
  }
  if (mentionsAny(normalizeText(undoRightToLeftOverride(parts.join(' ')), SAMPLE_LENGTH * 4), providers)) return true;
  if (copiesProviderMarkup(doc, field)) return true;
  return formMentionsKeyword(field, providers) || mentionsKeyword(doc, providers);
}

function copiesProviderMarkup(doc: Document, field: Element): boolean {
  return namesCopied(field) || PROVIDER_MARKUP_IDS.some((id) => doc.getElementById(id) !== null);
}

/** Whether a credential field keeps the name it has on a provider's own sign-in page. */
function namesCopied(field: Element | null): boolean {
  const name = field?.getAttribute('name');
  return name !== null && name !== undefined && PROVIDER_MARKUP_IDS.includes(name);
}

/** The first headings and the first images' names; the four-squares logo drawn inline. */
function mentionsKeyword(doc: Document, keywords: readonly string[]): boolean {
  const parts: string[] = [];
  for (const tag of ['h1', 'h2'])
    parts.push(doc.getElementsByTagName(tag).item(0)?.textContent.slice(0, SAMPLE_LENGTH) ?? '');
  const images = doc.images;
  for (let index = 0; index < images.length && index < 5; index += 1) {
    const image = images[index];
    // The class names too: kits name the logo there (`class="microsoft-logo"`) and leave `alt` empty.
    parts.push(
      image?.getAttribute('alt') ?? '',
      image?.getAttribute('src')?.slice(0, SAMPLE_LENGTH) ?? '',
      image?.getAttribute('class')?.slice(0, 100) ?? '',
    );
  }
  if (mentionsAny(normalizeText(undoRightToLeftOverride(parts.join(' ')), SAMPLE_LENGTH * 4), keywords)) return true;
  // The four-squares logo drawn inline is branding even without words.
  return doc.querySelector('[fill="#f25022" i], [style*="f25022" i]') !== null;
}

/** Nodes and characters the form's wording is read from: a page-wide form must not cost a page-wide read. */
const FORM_NODES = 120;
const FORM_CHARS = 600;
const LABELLING_ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'] as const;
/** Logos are named in their class (`class="microsoft-logo"`); elsewhere class names are layout words. */
const LOGO_TAGS: ReadonlySet<string> = new Set(['IMG', 'SVG', 'svg', 'I', 'SPAN']);

/**
 * The wording of the form around a username/email field: its text, and what its images and icons are called.
 * A form injected into a page whose title and headings say nothing (a "document shared with you" page) carries
 * its branding itself. Bounded by nodes and characters, in document order.
 */
function formMentionsKeyword(field: Element, keywords: readonly string[]): boolean {
  const form = field.closest('form') ?? field.parentElement?.parentElement ?? null;
  if (!form) return false;
  // The form, then the card around it: the logo and the "Sign in to …" line usually sit just above the form.
  return (
    containerMentions(form, keywords) ||
    (form.parentElement !== null && containerMentions(form.parentElement, keywords))
  );
}

function containerMentions(container: Element, keywords: readonly string[]): boolean {
  const doc = container.ownerDocument;
  // 0x1 | 0x4: elements and text (NodeFilter's constants, spelled out for worlds that lack the global).
  const walker = doc.createTreeWalker(container, 0x5);
  const parts: string[] = [];
  let length = 0;
  for (
    let node: Node | null = walker.nextNode(), seen = 0;
    node && seen < FORM_NODES && length < FORM_CHARS;
    node = walker.nextNode(), seen += 1
  ) {
    let text = '';
    if (node.nodeType === 3) text = node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const element = node as Element;
      for (const name of LABELLING_ATTRIBUTES) text += ` ${element.getAttribute(name) ?? ''}`;
      if (LOGO_TAGS.has(element.tagName)) text += ` ${element.getAttribute('class') ?? ''}`;
      // A logo's file name ("microsoft_logo.svg"), as an image, a sprite reference or a background.
      const source = element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('style');
      if (source !== null && !source.startsWith('data:')) text += ` ${source.slice(-100)}`;
    }
    const piece = text.trim().slice(0, 200);
    if (piece !== '') {
      parts.push(piece);
      length += piece.length;
    }
  }
  return mentionsAny(normalizeText(undoRightToLeftOverride(parts.join(' ')), FORM_CHARS), keywords);
}
