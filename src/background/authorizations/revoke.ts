import type { Grant } from '../../core/authorizations/grant';
import { providerById } from '../../core/providers/registry';
import type { AuthorizationsService, Provider } from '../../core/providers/types';
import type { RevokeReply } from '../../shared/authorizations-protocol';
import { updateLocalStore } from '../../shared/local-store';
import { forgetList } from './list-cache';
import { fetchLiveList, postRevoke, type CallFailure } from './live-client';
import { t } from '../../shared/i18n';

// Keyed by provider and authorization id: a second click, or a popup reopened mid-revoke, joins the call in
// flight instead of sending another.
const inFlight = new Map<string, Promise<RevokeReply>>();
const keyOf = (providerId: string, id: string): string => `${providerId}\n${id}`;

/** Client ids of live grants by authorization id, so a revoked grant's local records can be retired with it. */
const clientIds = new Map<string, string | null>();

export function rememberClientIds(providerId: string, grants: readonly Grant[]): void {
  for (const grant of grants) clientIds.set(keyOf(providerId, grant.id), grant.clientId);
}

export function pendingRevocations(providerId: string): string[] {
  const prefix = `${providerId}\n`;
  return [...inFlight.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
}

/**
 * Revokes one live grant and confirms it is gone by reading the list again. Local records of the app are
 * removed only once the provider no longer lists the grant; on any failure they stay.
 */
export function revokeAuthorization(providerId: string, id: string): Promise<RevokeReply> {
  const key = keyOf(providerId, id);
  const running = inFlight.get(key);
  if (running) return running;
  const work = revoke(providerId, id).finally(() => {
    inFlight.delete(key);
  });
  inFlight.set(key, work);
  return work;
}

async function revoke(providerId: string, id: string): Promise<RevokeReply> {
  const provider = providerById(providerId);
  const service = provider?.authorizations;
  if (!provider || !service)
    return failed(provider ? t('revoke_noService', provider.name) : t('revoke_unknownProvider'));
  if (id.startsWith('recorded:')) return failed(t('revoke_notListed', provider.name));

  const clientId = clientIds.has(keyOf(providerId, id))
    ? (clientIds.get(keyOf(providerId, id)) ?? null)
    : await lookUpClientId(provider, service, id);
  const posted = await postRevoke(provider, service, id);
  if (posted.kind !== 'done') return failed(callFailure(provider, posted, 'revoke'));

  const after = await fetchLiveList(provider, service);
  if (after.kind !== 'ok') return failed(t('revoke_unconfirmed', provider.name, callFailure(provider, after, 'check')));
  const still = after.list.entries.some((entry) => entry.id === id && entry.isValid !== false);
  if (still) return failed(t('revoke_stillListed', provider.name));

  clientIds.delete(keyOf(providerId, id));
  await forgetList();
  if (clientId !== null) await forgetRecords(providerId, clientId);
  return { result: 'revoked' };
}

async function lookUpClientId(provider: Provider, service: AuthorizationsService, id: string): Promise<string | null> {
  const before = await fetchLiveList(provider, service);
  if (before.kind !== 'ok') return null;
  return before.list.entries.find((entry) => entry.id === id)?.clientId ?? null;
}

async function forgetRecords(providerId: string, clientId: string): Promise<void> {
  const wanted = clientId.toLowerCase();
  await updateLocalStore((store) => ({
    ...store,
    grants: store.grants.filter((grant) => grant.providerId !== providerId || grant.clientId.toLowerCase() !== wanted),
  }));
}

function callFailure(provider: Provider, failure: CallFailure, step: 'revoke' | 'check'): string {
  if (failure.kind === 'signed-out') return t('revoke_signedOut', provider.name);
  return step === 'revoke' ? t('revoke_notRevoked', provider.name, failure.message) : failure.message;
}

function failed(message: string): RevokeReply {
  return { result: 'failed', message };
}
