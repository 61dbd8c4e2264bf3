import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { ask } from '../../shared/ask';
import {
  RememberedGroupsSchema,
  type AuthorizationsReply,
  type RevokeReply,
} from '../../shared/authorizations-protocol';
import { errorText } from '../error-text';

export function fetchAuthorizations(markSeen: boolean): Promise<AuthorizationsReply> {
  return ask({ type: 'list-authorizations', markSeen });
}

/** The live list, or why it could not be had: never rejects, so it can be asked for before anyone listens. */
export type ListLoad =
  | { readonly status: 'ready'; readonly reply: AuthorizationsReply }
  | { readonly status: 'error'; readonly message: string };

export function loadAuthorizations(markSeen: boolean): Promise<ListLoad> {
  return fetchAuthorizations(markSeen).then(
    (reply) => ({ status: 'ready', reply }),
    (error: unknown) => ({ status: 'error', message: errorText(error) }),
  );
}

/** The list the providers last gave, if the background still has it; null on any failure (the live list follows). */
export async function loadRemembered(): Promise<AuthorizationsReply | null> {
  try {
    const reply = await ask({ type: 'remembered-authorizations' });
    if (reply.groups === null) return null;
    const groups = v.safeParse(RememberedGroupsSchema, JSON.parse(reply.groups));
    return groups.success ? { groups: groups.output, seenBefore: reply.seenBefore } : null;
  } catch {
    return null;
  }
}

export function requestRevoke(providerId: string, id: string): Promise<RevokeReply> {
  return ask({ type: 'revoke-authorization', providerId, id }).catch((error: unknown) => ({
    result: 'failed',
    message: errorText(error),
  }));
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
