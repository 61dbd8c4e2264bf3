import browser from 'webextension-polyfill';
import { parseTabState, tabKey, type TabState } from '../shared/tab-state';

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseTabState(stored[key]);
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

const queues = new Map<number, Promise<unknown>>();

/**
 * Frames of one tab report at nearly the same time; their read-modify-write of the tab's state must not
 * interleave, or one frame's verdict would overwrite another's.
 */
export function serializeForTab<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}
