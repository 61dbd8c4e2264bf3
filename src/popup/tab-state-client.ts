import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { PageMessage } from '../shared/messages';
import { TabStateSchema, type TabState } from '../shared/tab-state';
import { t } from '../shared/i18n';

const ReplySchema = v.object({ state: v.nullable(TabStateSchema) });

export async function fetchTabState(tabId: number): Promise<TabState | null> {
  const message: PageMessage = { type: 'get-tab-state', tabId };
  const reply: unknown = await browser.runtime.sendMessage(message);
  const parsed = v.safeParse(ReplySchema, reply);
  if (!parsed.success) throw new Error(t('common_unexpectedReply'));
  return parsed.output.state;
}
