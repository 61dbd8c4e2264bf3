import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { t } from './i18n';
import { PAGE_REPLIES, type PageMessage, type PageReply, type PageRequest } from './messages';

/**
 * Sends an extension page's request to the background and parses the reply with the protocol's schema for it.
 * Rejects, with a message for the user, on a refusal or on anything that is not that reply.
 */
export async function ask<K extends PageMessage['type']>(request: PageRequest<K>): Promise<PageReply<K>> {
  const schema: v.GenericSchema<unknown, PageReply<K>> = PAGE_REPLIES[request.type];
  const parsed = v.safeParse(schema, await browser.runtime.sendMessage(request));
  if (!parsed.success) throw new Error(t('common_unexpectedReply'));
  return parsed.output;
}
