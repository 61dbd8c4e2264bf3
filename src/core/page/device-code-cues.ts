import { DEVICE_LOGIN_WORDS, linksToDeviceLogin } from './device-gate';
import { documentRoot } from './dom-access';
import { capLength, stripInvisible } from './normalize-text';
import type { DeviceCodeCues, DeviceCodeSegment, PageSnapshot } from './snapshot-types';

/** Bounds on the read: it runs only on pages that name a device-login address, but those can be long threads. */
export const DEVICE_CODE_CAPS = {
  nodes: 6_000,
  segments: 120,
  segmentText: 240,
  addresses: 8,
  address: 300,
} as const;

/** Tags whose text is never shown, or is a picture. */
const SKIPPED: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT']);
/** Tags that keep their text in the running line: everything else starts a new segment. */
const INLINE: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR',
]);
/**
 * Where text is quoted rather than said to the reader: code and tool output, quotations, and terminals drawn in
 * the page (xterm.js and its kin name their rows so). An address or a code there documents the flow.
 */
const QUOTING = 'pre, code, kbd, samp, tt, textarea, blockquote, q, [class*="xterm" i], [class*="terminal" i], [class*="console" i], [class*="highlight" i]';
const URL_TOKEN = /(?:https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}\/[^\s<>"']{0,200}/gi;

/**
 * The device-code cues of a page the snapshot says may need them: only a page linking to a device-login address or
 * showing one in the text the snapshot read pays for this read. Null when the page names none.
 */
export function deviceCodeCuesFor(doc: Document, snapshot: PageSnapshot): DeviceCodeCues | null {
  const seen = [snapshot.upperText, ...snapshot.uiText, ...snapshot.actions];
  const named = seen.some((text) => DEVICE_LOGIN_WORDS.some((word) => text.includes(word)));
  if (!named && !linksToDeviceLogin(doc)) return null;
  const cues = readDeviceCodeCues(doc);
  return cues.addresses.length > 0 ? cues : null;
}

/** Text segments in document order (alt text of images among them), and the device-login addresses named where. */
export function readDeviceCodeCues(doc: Document): DeviceCodeCues {
  const segments: DeviceCodeSegment[] = [];
  const addresses: { address: string; quoted: boolean }[] = [];
  let truncated = false;
  const root = documentRoot(doc);
  if (!root) return { segments, addresses, truncated };

  let current: { block: Element | null; parts: string[]; length: number; quoted: boolean } = { block: null, parts: [], length: 0, quoted: false };
  const flush = (): void => {
    const text = tidy(current.parts.join(''));
    if (text !== '' && segments.length < DEVICE_CODE_CAPS.segments) segments.push({ text, quoted: current.quoted, image: false });
    else if (text !== '') truncated = true;
    current = { block: null, parts: [], length: 0, quoted: false };
  };
  const noteAddress = (raw: string, quoted: boolean): void => {
    const lower = raw.toLowerCase();
    if (!DEVICE_LOGIN_WORDS.some((word) => lower.includes(word))) return;
    if (addresses.length >= DEVICE_CODE_CAPS.addresses) {
      truncated = true;
      return;
    }
    addresses.push({ address: capLength(raw.trim(), DEVICE_CODE_CAPS.address), quoted });
  };

  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element) ? 2 : 1),
  });
  let visited = 0;
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    visited += 1;
    if (visited > DEVICE_CODE_CAPS.nodes) {
      truncated = true;
      break;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.tagName === 'A') noteAddress(element.getAttribute('href') ?? '', isQuoted(element));
      else if (element.tagName === 'IMG') {
        const alt = tidy(element.getAttribute('alt') ?? '');
        if (alt !== '') {
          flush();
          if (segments.length < DEVICE_CODE_CAPS.segments) segments.push({ text: alt, quoted: false, image: true });
          for (const token of alt.match(URL_TOKEN) ?? []) noteAddress(token, false);
        }
      }
      continue;
    }
    const raw = node.nodeValue ?? '';
    if (raw.trim() === '' && current.parts.length === 0) continue;
    const parent = node.parentElement;
    const block = blockOf(parent);
    if (block !== current.block) {
      flush();
      current.block = block;
      current.quoted = parent !== null && isQuoted(parent);
    }
    if (current.length < DEVICE_CODE_CAPS.segmentText * 2) {
      current.parts.push(raw);
      current.length += raw.length;
    }
    const quoted = parent !== null && isQuoted(parent);
    for (const token of raw.match(URL_TOKEN) ?? []) noteAddress(token, quoted);
  }
  flush();
  return { segments, addresses, truncated };
}

function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(element.getAttribute('style') ?? '');
}

function isQuoted(element: Element): boolean {
  return element.closest(QUOTING) !== null;
}

/** The nearest ancestor that is not an inline element: text under the same one reads as one line. */
function blockOf(element: Element | null): Element | null {
  let current = element;
  while (current && INLINE.has(current.tagName.toUpperCase())) current = current.parentElement;
  return current;
}

/** Case kept (codes are capitals), invisible characters and compatibility forms folded, white space collapsed. */
function tidy(raw: string): string {
  const text = stripInvisible(capLength(raw, DEVICE_CODE_CAPS.segmentText * 4)).normalize('NFKC').replace(/\s+/g, ' ').trim();
  return capLength(text, DEVICE_CODE_CAPS.segmentText);
}
