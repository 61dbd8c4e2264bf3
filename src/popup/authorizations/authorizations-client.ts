import * as v from 'valibot';
import browser from 'webextension-polyfill';
import {
  AuthorizationsReplySchema,
  RememberedGroupsSchema,
  RememberedReplySchema,
  RevokeReplySchema,
  type AuthorizationsReply,
  type RevokeReply,
} from '../../shared/authorizations-protocol';
import type { PageMessage } from '../../shared/messages';
import { t } from '../../shared/i18n';
import { errorText } from '../error-text';

export async function fetchAuthorizations(markSeen: boolean): Promise<AuthorizationsReply> {
  const message: PageMessage = { type: 'list-authorizations', markSeen };
  const parsed = v.safeParse(AuthorizationsReplySchema, await browser.runtime.sendMessage(message));
  if (!parsed.success) throw new Error(t('common_unexpectedReply'));
  return parsed.output;
}

/** The live list, or why it could not be had: never rejects, so it can be asked for before anyone listens. */
export type ListLoad = { readonly status: 'ready'; readonly reply: AuthorizationsReply } | { readonly status: 'error'; readonly message: string };

export function loadAuthorizations(markSeen: boolean): Promise<ListLoad> {
  return fetchAuthorizations(markSeen).then(
    (reply) => ({ status: 'ready', reply }),
    (error: unknown) => ({ status: 'error', message: errorText(error) }),
  );
}

/** The list the providers last gave, if the background still has it; null on any failure (the live list follows). */
export async function loadRemembered(): Promise<AuthorizationsReply | null> {
  const message: PageMessage = { type: 'remembered-authorizations' };
  try {
    const reply = v.safeParse(RememberedReplySchema, await browser.runtime.sendMessage(message));
    if (!reply.success || reply.output.groups === null) return null;
    const groups = v.safeParse(RememberedGroupsSchema, JSON.parse(reply.output.groups));
    return groups.success ? { groups: groups.output, seenBefore: reply.output.seenBefore } : null;
  } catch {
    return null;
  }
}

export async function requestRevoke(providerId: string, id: string): Promise<RevokeReply> {
  const message: PageMessage = { type: 'revoke-authorization', providerId, id };
  const parsed = v.safeParse(RevokeReplySchema, await browser.runtime.sendMessage(message));
  if (!parsed.success) return { result: 'failed', message: t('common_unexpectedReply') };
  return parsed.output;
}

export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url, active: true });
}

/**
 * Asks the user for the host permissions a provider's list needs (Firefox lets users withhold them). Call it
 * straight from the click: the browser wants the user's gesture. Resolves to whether they were granted.
 */
export function requestAccess(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: [...origins] }).catch(() => false);
}
