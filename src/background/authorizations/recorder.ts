import { clipText, LIMITS, type RecordedGrant } from '../../core/authorizations/grant';
import { providerById } from '../../core/providers/registry';
import { isVerifiedApprovalPage } from '../../core/verdict/types';
import type { TabState } from '../../shared/tab-state';
import { updateLocalStore } from '../../shared/local-store';
import { originOf } from '../report';
import type { ContentOrigin } from '../sender';
import { readTabState, serializeForTab } from '../tab-store';

/**
 * Records the approval a user just gave, from the background's own verdict for the sender's tab. The message
 * says only "Accept was clicked" and the app's display name; a page that forges it on an unverified page, in a
 * frame, or after navigating away records nothing.
 */
export async function recordApproval(from: ContentOrigin, appName: string | null, now = Date.now()): Promise<boolean> {
  const state = await serializeForTab(from.tabId, () => readTabState(from.tabId));
  const record = recordFromVerifiedState(state, from, appName, now);
  if (!record) return false;
  await updateLocalStore((store) => ({ ...store, grants: upsertRecord(store.grants, record) }));
  return true;
}

/** The grant to record, or null unless the tab's stored verdict is a verified approval page for this very document. */
export function recordFromVerifiedState(
  state: TabState | null,
  from: ContentOrigin,
  appName: string | null,
  now: number,
): RecordedGrant | null {
  if (!state || from.frameId !== 0 || state.url !== from.url) return null;
  const top = state.frames['0'];
  const verdict = state.verdict;
  // Risky requests on the genuine page are recorded too, with their level: those are the grants to point out later.
  if (!top || top.url !== from.url || !isVerifiedApprovalPage(top.verdict) || !isVerifiedApprovalPage(verdict))
    return null;
  const request = verdict.request;
  const provider = verdict.providerId === null ? undefined : providerById(verdict.providerId);
  const pageOrigin = originOf(from.url);
  if (!request?.clientId || !provider || pageOrigin === null || !pageOrigin.startsWith('https://')) return null;
  if (request.clientId.length > LIMITS.id) return null;
  const name = appName === null ? '' : clipText(appName);
  return {
    providerId: provider.id,
    appName: name === '' ? null : name,
    clientId: request.clientId,
    scopes: request.scopes
      .map((scope) => scope.id)
      .filter((id) => id.length <= LIMITS.id)
      .slice(0, LIMITS.scopes),
    redirectHost: request.redirect?.host ?? null,
    approvedAt: now,
    pageOrigin,
    riskLevel: verdict.risk?.level ?? 'none',
  };
}

/** One record per provider and app: approving again replaces the scopes and time rather than piling up. */
export function upsertRecord(records: readonly RecordedGrant[], record: RecordedGrant): RecordedGrant[] {
  const key = record.clientId.toLowerCase();
  const others = records.filter(
    (known) => known.providerId !== record.providerId || known.clientId.toLowerCase() !== key,
  );
  return [...others, record].slice(-LIMITS.recordedGrants);
}
