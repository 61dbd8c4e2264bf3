/**
 * The text the walk gathers as it goes: runs of page text between block boundaries, and the open headings,
 * labels, list items and controls whose text is read whole when the walk leaves them.
 */
import { capLength } from './normalize-text';
import { HEADING_TAGS } from './markup-vocabulary';
import { SNAPSHOT_CAPS as CAPS } from './snapshot-caps';

export type CollectorKind = 'heading' | 'label' | 'listItem';

export interface TextBuffer {
  parts: string[];
  length: number;
}

export interface Collector extends TextBuffer {
  readonly kind: CollectorKind;
}

/** A button or link being read; its contents are held back until we know whether it is a sign-in-with button. */
export interface Control extends TextBuffer {
  readonly element: Element;
  readonly hints: string[];
  logo: boolean;
}

export function pushText(buffer: TextBuffer, text: string): void {
  if (buffer.length >= CAPS.rawText) return;
  const part = capLength(text, CAPS.rawText - buffer.length);
  buffer.parts.push(part);
  buffer.length += part.length;
}

export function isControl(element: Element, tag: string): boolean {
  if (tag === 'BUTTON' || tag === 'SUMMARY') return true;
  if (tag === 'A' && element.hasAttribute('href')) return true;
  const role = element.getAttribute('role');
  return role === 'button' || role === 'link' || role === 'menuitem';
}

export function collectorKind(element: Element, tag: string): CollectorKind | null {
  if (HEADING_TAGS.has(tag) || element.getAttribute('role') === 'heading') return 'heading';
  if (tag === 'LABEL' || tag === 'LEGEND') return 'label';
  if (tag === 'LI' || element.getAttribute('role') === 'listitem') return 'listItem';
  return null;
}
