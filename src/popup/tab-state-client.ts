import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { PageMessage } from '../shared/messages';
import { TabStateSchema, type TabState } from '../shared/tab-state';
import { t } from '../shared/i18n';
import { errorText } from './error-text';

const ReplySchema = v.object({ state: v.nullable(TabStateSchema) });

export async function fetchTabState(tabId: number): Promise<TabState | null> {
  const message: PageMessage = { type: 'get-tab-state', tabId };
  const reply: unknown = await browser.runtime.sendMessage(message);
  const parsed = v.safeParse(ReplySchema, reply);
  if (!parsed.success) throw new Error(t('common_unexpectedReply'));
  return parsed.output.state;
}

/** The verdict for the popup's tab, or why it could not be had: never rejects, so it can be asked for before anyone listens. */
export type TabLoad = { readonly status: 'ready'; readonly tabId: number | null; readonly state: TabState | null } | { readonly status: 'error'; readonly message: string };

export function loadTabState(tabId: Promise<number | null>): Promise<TabLoad> {
  return tabId
    .then(async (id): Promise<TabLoad> => ({ status: 'ready', tabId: id, state: id === null ? null : await fetchTabState(id) }))
    .catch((error: unknown) => ({ status: 'error', message: errorText(error) }));
}
