import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { blockedKey, BlockedPageSchema, type BlockedPage } from '../shared/blocked-page';
import { addContinuedOrigin } from './exceptions';
import { originOf, warningFrom } from './report';
import { promptPolicy, readPolicy } from './policy';
import { readTabState } from './tab-store';

export const BLOCKED_PAGE_PATH = 'src/warning/index.html';

/**
 * The extension's own full-page warning, used when a page fights the in-page warning: an extension page
 * cannot be scripted, restyled or covered by the site.
 */
export function openBlockedPage(tabId: number, url: string): Promise<void> {
  // A page fighting the warning reports it again and again: the tab is moved once, or each later move would
  // abort the one before it.
  const running = moving.get(tabId);
  if (running && (running.done === null || Date.now() - running.done < REPEAT_REPORTS_MS)) return running.work;
  const entry: { work: Promise<void>; done: number | null } = { work: Promise.resolve(), done: null };
  entry.work = moveToBlockedPage(tabId, url).finally(() => {
    entry.done = Date.now();
  });
  moving.set(tabId, entry);
  return entry.work;
}

/** Reports of the same fight that arrive after the tab was moved, while its old page is still going away. */
const REPEAT_REPORTS_MS = 2_000;
const moving = new Map<number, { work: Promise<void>; done: number | null }>();

async function moveToBlockedPage(tabId: number, url: string): Promise<void> {
  const state = await readTabState(tabId);
  if (!state || state.verdict.level !== 'danger') return;
  // The policy decides only whether the page offers "Continue anyway", and pressing it asks for the real one.
  const blocked: BlockedPage = { url, warning: await warningFrom(state.verdict, (await promptPolicy()).policy) };
  await browser.storage.session.set({ [blockedKey(tabId)]: blocked });
  await browser.tabs.update(tabId, { url: browser.runtime.getURL(`${BLOCKED_PAGE_PATH}?tab=${tabId}`) });
}

export async function readBlockedPage(tabId: number): Promise<BlockedPage | null> {
  const stored = await browser.storage.session.get(blockedKey(tabId));
  const parsed = v.safeParse(BlockedPageSchema, stored[blockedKey(tabId)]);
  return parsed.success ? parsed.output : null;
}

export async function leaveBlockedPage(tabId: number): Promise<void> {
  await browser.storage.session.remove(blockedKey(tabId));
  await browser.tabs.update(tabId, { url: 'about:blank' });
}

export async function continueBlockedPage(tabId: number): Promise<void> {
  const blocked = await readBlockedPage(tabId);
  if (!blocked || (await readPolicy()).forbidContinueAnyway) return;
  const origin = originOf(blocked.url);
  if (origin) await addContinuedOrigin(origin);
  await browser.storage.session.remove(blockedKey(tabId));
  await browser.tabs.update(tabId, { url: blocked.url });
}
