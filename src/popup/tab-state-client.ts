import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { PageMessage } from '../shared/messages';
import { TabStateSchema, type TabState } from '../shared/tab-state';

const ReplySchema = v.object({ state: v.nullable(TabStateSchema) });

export async function fetchTabState(tabId: number): Promise<TabState | null> {
  const message: PageMessage = { type: 'get-tab-state', tabId };
  const reply: unknown = await browser.runtime.sendMessage(message);
  const parsed = v.safeParse(ReplySchema, reply);
  if (!parsed.success) throw new Error('The background answered with something unexpected.');
  return parsed.output.state;
}
