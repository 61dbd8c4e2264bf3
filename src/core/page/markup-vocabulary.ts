/**
 * Provider-agnostic markup conventions the snapshot reads: which elements hold text, which start a line, how
 * SSO offers and the Microsoft logo look. Part of the wake module: only pages past the wake gate (and the
 * providers' approval pages, which get the whole script) evaluate it.
 */
import { mentionsAny } from './page-vocabulary';

const ELEMENT_NODE = 1;

export function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Elements whose text is never shown as page text (or belongs to another frame). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'TEXTAREA',
  'SELECT',
  'AUDIO',
  'VIDEO',
  'CANVAS',
  'DESC',
  'METADATA',
]);

/**
 * Elements that start a new line of text by default. Text inside inline elements joins up
 * (`<span>Mic</span><span>rosoft</span>` reads "Microsoft"); text across these is separated.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'IMG',
  'INPUT',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
  'SVG',
]);

/** Containers of running text: a URL inside them is being talked about, not drawn as an address bar. */
export const PROSE_TAGS: ReadonlySet<string> = new Set([
  'P',
  'CODE',
  'PRE',
  'BLOCKQUOTE',
  'ARTICLE',
  'LI',
  'A',
  'KBD',
  'SAMP',
  'Q',
  'CITE',
  'DD',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const SSO_WORDING = new RegExp(
  String.raw`^(?:continue|sign ?in|sign ?up|log ?in|log ?on|register|connect|join|authenticate|login)` +
    String.raw`\s+(?:with|using|via|through)\s+\S`,
);
const SSO_STEMS: readonly string[] = ['with', 'using', 'via', 'through'];

/** "Continue with X", "Sign in using X": a third party offering someone else's sign-in. Expects lowercased text. */
export function isSsoWording(text: string): boolean {
  return mentionsAny(text, SSO_STEMS) && SSO_WORDING.test(text);
}

/** The four colours of the Microsoft logo, as lowercase hex. */
export const FOUR_SQUARE_COLOURS: readonly string[] = ['#f25022', '#7fba00', '#00a4ef', '#ffb900'];

const RGB = /rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/g;

/**
 * Every logo colour written as hex holds a `#`, and as rgb() one of these numbers, one per colour. Almost every
 * coloured element has none, and a few substring tests are far cheaper than turning each rgb() triple into hex.
 */
const LOGO_COLOUR_MARKS: readonly string[] = ['#', '242', '186', '164', '185'];

/** Which of the four logo colours a style/fill string mentions, in hex or rgb() form. */
export function fourSquareColoursIn(value: string): string[] {
  const head = value.slice(0, 2000);
  if (!mentionsAny(head, LOGO_COLOUR_MARKS)) return [];
  const lower = head.toLowerCase();
  const found = FOUR_SQUARE_COLOURS.filter((hex) => lower.includes(hex));
  for (const match of lower.matchAll(RGB)) {
    const hex = `#${[match[1], match[2], match[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    if (FOUR_SQUARE_COLOURS.includes(hex) && !found.includes(hex)) found.push(hex);
  }
  return found;
}

/**
 * URL-looking text: with a scheme, or a bare host with at least two dots followed by a path, as address
 * bars display them (`login.microsoftonline.com/common/...`).
 */
export const URL_IN_TEXT =
  /\bhttps?:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[^\s"'<>]*)?|\b(?:[a-z0-9-]+\.){2,}[a-z]{2,}(?::\d+)?\/[^\s"'<>]*/g;
