import browser from 'webextension-polyfill';
import type { CodeTrail } from '../core/device-code/code-trail';
import { codeTrailKey, parseCodeTrail, storedTrail } from '../shared/code-trail';

export async function readCodeTrail(tabId: number): Promise<CodeTrail | null> {
  const key = codeTrailKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseCodeTrail(stored[key]);
}

/**
 * Moves the tab's trail on by `next`. Most tabs never held a code page: where there was no trail and is none, nothing
 * is written.
 */
export async function updateCodeTrail(
  tabId: number,
  next: (trail: CodeTrail | null) => CodeTrail | null,
): Promise<void> {
  const key = codeTrailKey(tabId);
  const trail = await readCodeTrail(tabId);
  const moved = next(trail);
  if (moved !== null) await browser.storage.session.set({ [key]: storedTrail(moved) });
  else if (trail !== null) await browser.storage.session.remove(key);
}
