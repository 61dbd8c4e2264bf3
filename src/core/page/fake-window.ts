/**
 * Browser-in-the-browser: a URL drawn as page text or in a read-only field, perhaps in a positioned box that
 * plays a window, perhaps beside a credential field.
 */
import { capLength } from './normalize-text';
import { inputType, isIdentifierInput } from './page-vocabulary';
import { PROSE_TAGS, tagOf, URL_IN_TEXT } from './markup-vocabulary';
import type { SnapshotBuilder } from './snapshot-builder';
import { SNAPSHOT_CAPS as CAPS } from './snapshot-caps';
import { isPositioned, type StyleProbe } from './visibility';

function hostOf(url: string): string | null {
  const host = url.replace(/^https?:\/\//, '').split(/[/:?#]/)[0] ?? '';
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

function hasAncestorTag(start: Element, tags: ReadonlySet<string>, levels: number): boolean {
  let element: Element | null = start;
  for (let level = 0; level < levels && element; level += 1) {
    if (tags.has(tagOf(element))) return true;
    element = element.parentElement;
  }
  return false;
}

export function holdsCredentialInput(container: Element): boolean {
  const inputs = container.querySelectorAll('input');
  for (let index = 0; index < inputs.length && index < CAPS.credentialInputs; index += 1) {
    const input = inputs[index];
    if (input && (inputType(input) === 'password' || isIdentifierInput(input))) return true;
  }
  return false;
}

/** A credential input within a few levels up, the page body excluded (everything is near it). */
function nearCredentialInput(start: Element): boolean {
  let element: Element | null = start.parentElement;
  for (let level = 0; level < CAPS.credentialLevels && element; level += 1) {
    const tag = tagOf(element);
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (holdsCredentialInput(element)) return true;
    element = element.parentElement;
  }
  return false;
}

function positionedAncestor(start: Element, probe: StyleProbe): Element | null {
  let element: Element | null = start;
  for (let level = 0; level < CAPS.windowLevels && element; level += 1) {
    const tag = tagOf(element);
    if (tag === 'BODY' || tag === 'HTML') return null;
    if (isPositioned(probe.read(element))) return element;
    element = element.parentElement;
  }
  return null;
}

export function scanForAddressBar(
  out: SnapshotBuilder,
  probe: StyleProbe,
  text: string,
  anchor: Element,
  standaloneField = false,
): void {
  let found = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    if (found >= CAPS.urlsPerSegment) break;
    found += 1;
    const url = capLength(match[0], CAPS.url);
    const host = hostOf(url);
    if (!host) continue;
    const drawnWindow = positionedAncestor(anchor, probe);
    out.addAddressBar({
      url,
      host,
      standalone: standaloneField || text.length <= url.length + CAPS.addressBarSlack,
      prose:
        !standaloneField && (text.length > CAPS.proseSegment || hasAncestorTag(anchor, PROSE_TAGS, CAPS.proseLevels)),
      positioned: drawnWindow !== null,
      credentialNearby: (drawnWindow !== null && holdsCredentialInput(drawnWindow)) || nearCredentialInput(anchor),
    });
  }
}
