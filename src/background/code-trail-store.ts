import browser from 'webextension-polyfill';
import type { CodeTrail } from '../core/device-code/code-trail';
import { codeTrailKey, parseCodeTrail, storedTrail } from '../shared/code-trail';

export async function readCodeTrail(tabId: number): Promise<CodeTrail | null> {
  const key = codeTrailKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseCodeTrail(stored[key]);
}

/** Writes the trail, or removes it when there is none. */
export async function writeCodeTrail(tabId: number, trail: CodeTrail | null): Promise<void> {
  const key = codeTrailKey(tabId);
  if (trail === null) await browser.storage.session.remove(key);
  else await browser.storage.session.set({ [key]: storedTrail(trail) });
}
