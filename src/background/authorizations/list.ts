import type { Grant, RecordedGrant } from '../../core/authorizations/grant';
import { managementLinks } from '../../core/authorizations/management-links';
import { mergeGrants } from '../../core/authorizations/merge';
import { grantFromLive } from '../../core/authorizations/to-grant';
import type { ProviderGrants } from '../../core/authorizations/view';
import { PROVIDERS } from '../../core/providers/registry';
import type { Provider } from '../../core/providers/types';
import type { AuthorizationsReply, RememberedReply } from '../../shared/authorizations-protocol';
import { readLocalStore, updateLocalStore } from '../../shared/local-store';
import { rememberedList, rememberList } from './list-cache';
import { hasHostAccess, serviceAccess } from './host-access';
import { fetchLiveList, type LiveResult } from './live-client';
import { pendingRevocations, rememberClientIds } from './revoke';

/**
 * Every provider's grants for the popup: live where the provider has a list service, merged with recorded approvals.
 */
export async function listAuthorizations(markSeen: boolean): Promise<AuthorizationsReply> {
  const store = await readLocalStore();
  // Noted while the lists load rather than before: the providers' answers are what the popup waits for.
  const seenBefore = markSeen ? notePopupOpened() : Promise.resolve(store.popupSeenAt);
  // A provider the user turned off is neither checked nor listed.
  const disabled = new Set(store.settings.disabledProviders);
  const groups = await Promise.all(
    PROVIDERS.filter((provider) => !disabled.has(provider.id)).map((provider) => groupFor(provider, store.grants)),
  );
  await rememberList(groups);
  return { groups, seenBefore: await seenBefore };
}

/**
 * The last list the providers gave, for the popup to show while it asks them again (see `list-cache`). The opening
 * is not noted here: the live request that goes with it does that.
 */
export async function rememberedAuthorizations(): Promise<RememberedReply> {
  const [store, remembered] = await Promise.all([readLocalStore(), rememberedList()]);
  return { groups: remembered?.groups ?? null, seenBefore: store.popupSeenAt, asOf: remembered?.at ?? null };
}

/** Records this opening of the popup; resolves to the one before it. */
async function notePopupOpened(): Promise<number | null> {
  let before: number | null = null;
  await updateLocalStore((current) => {
    before = current.popupSeenAt;
    return { ...current, popupSeenAt: Date.now() };
  });
  return before;
}

async function groupFor(provider: Provider, records: readonly RecordedGrant[]): Promise<ProviderGrants> {
  const service = provider.authorizations;
  const base = {
    providerId: provider.id,
    providerName: provider.name,
    links: managementLinks(provider),
    pending: pendingRevocations(provider.id),
  };
  if (!service) {
    return {
      ...base,
      status: 'recorded-only',
      message: null,
      signInUrl: null,
      access: [],
      grants: mergeGrants([], records, provider),
      dropped: 0,
    };
  }
  const access = serviceAccess(service);
  if (!(await hasHostAccess(access))) {
    // Asking the service anyway would only fail as a network error: say what is missing instead.
    return {
      ...base,
      status: 'needs-access',
      message: null,
      signInUrl: null,
      access,
      grants: mergeGrants([], records, provider),
      dropped: 0,
    };
  }
  const live = await fetchLiveList(provider, service);
  const grants = live.kind === 'ok' ? currentGrants(live, provider) : [];
  if (live.kind === 'ok') rememberClientIds(provider.id, grants);
  return {
    ...base,
    status: live.kind,
    message: live.kind === 'error' ? live.message : null,
    signInUrl: live.kind === 'signed-out' ? service.signInUrl : null,
    access: [],
    grants: mergeGrants(grants, records, provider),
    dropped: live.kind === 'ok' ? live.list.dropped : 0,
  };
}

/** Live entries still in force: services keep revoked and expired authorizations in their answers. */
export function currentGrants(
  live: Extract<LiveResult, { kind: 'ok' }>,
  provider: Provider,
  now = Date.now(),
): Grant[] {
  return live.list.entries
    .filter((entry) => entry.isValid !== false && (entry.validTo === null || entry.validTo > now))
    .map((entry) => grantFromLive(entry, provider));
}
