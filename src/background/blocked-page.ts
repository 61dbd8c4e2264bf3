import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { blockedKey, BlockedPageSchema, type BlockedPage } from '../shared/blocked-page';
import { addContinuedOrigin } from './exceptions';
import { originOf, warningFrom } from './report';
import { readPolicy } from './policy';
import { readTabState } from './tab-store';

export const BLOCKED_PAGE_PATH = 'src/warning/index.html';

/**
 * The extension's own full-page warning, used when a page fights the in-page warning: an extension page
 * cannot be scripted, restyled or covered by the site.
 */
export async function openBlockedPage(tabId: number, url: string): Promise<void> {
  const state = await readTabState(tabId);
  if (!state || state.verdict.level !== 'danger') return;
  const blocked: BlockedPage = { url, warning: await warningFrom(state.verdict) };
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
