import { linksToDeviceLogin } from './device-gate';
import { DEVICE_LOGIN_TEXT, printsDeviceLogin } from './device-text';
import { BLOCK_TAGS, SKIPPED_TAGS } from './markup-vocabulary';
import { capLength, stripInvisible } from './normalize-text';
import type { DeviceCodeCues, DeviceCodeSegment, PageSnapshot } from './snapshot-types';

/** Bounds on the read: it runs only on pages that name a device-login address, but those can be long threads. */
const NODES = 6_000;
const SEGMENTS = 120;
const SEGMENT_TEXT = 240;
const ADDRESSES = 8;
/** The background's schema holds the content script to these. */
export const DEVICE_CODE_CAPS = {
  segments: SEGMENTS,
  segmentText: SEGMENT_TEXT,
  addresses: ADDRESSES,
  address: 440,
} as const;

/**
 * Where text is quoted rather than said to the reader: code and tool output, quotations, and terminals drawn in
 * the page (xterm.js and its kin name their rows so). An address or a code there documents the flow.
 */
const QUOTING = 'pre,code,blockquote,[class*=xterm i],[class*=terminal i]';
/**
 * A device-login address, roughly, as a token of a link or of text (what DEVICE_LOGIN_TEXT finds, and the characters
 * around it up to white space or markup): the background matches each one against the providers' pages.
 */
const ADDRESS = new RegExp(String.raw`[^\s<>"']{0,99}(?:${DEVICE_LOGIN_TEXT.source})[^\s<>"']{0,99}`, 'gi');

/** Larger pages are not read whole for a printed address: the read costs by the page's length. */
const MAX_PRINTED_ELEMENTS = 2_000;

/**
 * A page past the wake gate that the inspection gate turns away is read for a device-login address printed without a
 * link (a lure's plain-text invite, or a chat message that arrives later), up to a bound on its size.
 */
export function pagePrintsDeviceLogin(doc: Document): boolean {
  return doc.getElementsByTagName('*').length <= MAX_PRINTED_ELEMENTS && printsDeviceLogin(doc);
}

/**
 * The snapshot with the page's device-code cues, read where the page links to a device-login address, or where the
 * caller found one printed (`printed`).
 */
export function withDeviceCodeCues(doc: Document, snapshot: PageSnapshot, printed = false): PageSnapshot {
  const deviceCode = printed || linksToDeviceLogin(doc) ? readDeviceCodeCues(doc) : null;
  return deviceCode?.addresses.length ? { ...snapshot, deviceCode } : snapshot;
}

/** Text segments in document order (alt text of images among them), and the device-login addresses named where. */
export function readDeviceCodeCues(doc: Document): DeviceCodeCues {
  const segments: DeviceCodeSegment[] = [];
  const addresses: { address: string; quoted: boolean }[] = [];
  let block: Element | null = null;
  let line = '';
  let quoted = false;
  const push = (text: string, image: boolean): void => {
    if (text !== '' && segments.length < SEGMENTS) segments.push({ text, quoted: quoted && !image, image });
  };
  const noteAddresses = (raw: string, where: boolean): void => {
    // Bounded: the pattern looks back up to 99 characters from each position of what it is given.
    for (const address of raw.slice(0, 4_000).match(ADDRESS) ?? [])
      if (addresses.length < ADDRESSES) addresses.push({ address, quoted: where });
  };
  // Elements (links, images) and text; what is never shown (scripts, styles, frames, form controls) is skipped whole.
  const walker = doc.createTreeWalker(doc, 5 /* elements and text */, (node) =>
    SKIPPED_TAGS.has(node.nodeName) ? 2 : 1,
  );
  for (let node = walker.nextNode(), visited = 0; node && visited < NODES; node = walker.nextNode(), visited += 1) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.tagName === 'A') noteAddresses(element.getAttribute('href') ?? '', isQuoted(element));
      else if (element.tagName === 'IMG') push(tidy(element.getAttribute('alt') ?? ''), true);
      continue;
    }
    const parent = node.parentElement;
    const at = blockOf(parent);
    if (at !== block) {
      push(tidy(line), false);
      block = at;
      line = '';
      quoted = parent !== null && isQuoted(parent);
    }
    const raw = node.nodeValue ?? '';
    if (line.length < SEGMENT_TEXT * 2) line += raw;
    noteAddresses(raw, quoted);
  }
  push(tidy(line), false);
  return { segments, addresses };
}

function isQuoted(element: Element): boolean {
  return element.closest(QUOTING) !== null;
}

/** The nearest ancestor that starts a line: text under the same one reads as one line (a code drawn in boxes too). */
function blockOf(element: Element | null): Element | null {
  let current = element;
  while (current && !BLOCK_TAGS.has(current.tagName.toUpperCase())) current = current.parentElement;
  return current;
}

/** Case kept (codes are capitals), invisible characters removed, white space collapsed. */
function tidy(raw: string): string {
  return capLength(stripInvisible(raw.slice(0, 960)).replace(/\s+/g, ' ').trim(), SEGMENT_TEXT);
}
