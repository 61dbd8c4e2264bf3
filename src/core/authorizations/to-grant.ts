import { describeScope, type RequestedScope } from '../approval/request';
import type { Provider } from '../providers/types';
import { parsePageUrl } from '../url/page-url';
import { clipText, type Grant, type GrantScope, type RecordedGrant } from './grant';
import type { LiveAuthorization } from './live-entries';

/** A live entry in the words the popup shows: scope titles from the provider's catalogue first. */
export function grantFromLive(entry: LiveAuthorization, provider: Provider): Grant {
  return {
    id: entry.id,
    providerId: provider.id,
    appName: entry.appName ?? fallbackAppName(entry.clientId),
    publisher: entry.publisher,
    clientId: entry.clientId,
    scopes: liveScopes(entry, provider),
    grantedAt: entry.validFrom,
    validTo: entry.validTo,
    redirectHost: entry.redirectUri === null ? null : hostOf(entry.redirectUri),
    source: 'live',
    revocable: provider.authorizations !== undefined,
  };
}

function liveScopes(entry: LiveAuthorization, provider: Provider): GrantScope[] {
  if (entry.scopeIds && entry.scopeIds.length > 0) {
    // Titles pair with ids only when the service sent one for each.
    const titles = entry.scopeIds.length === entry.scopeTitles.length ? entry.scopeTitles : [];
    return entry.scopeIds.map((id, index) => {
      const described = describeScope(id, provider);
      // The service's own title is better than a bare id, but it is the service's word, not the catalogue's.
      const title = described.known ? described.title : (titles[index]?.title ?? described.title);
      return listedScope({ ...described, title });
    });
  }
  // No scope ids at all: the service's titles are all there is.
  return entry.scopeTitles.map((title, index) => ({
    id: `scope-${index + 1}`,
    title: title.title,
    highPrivilege: false,
  }));
}

/** A recorded approval alone: known to the extension, revoked by the user on the provider's page. */
export function grantFromRecorded(record: RecordedGrant, provider: Provider): Grant {
  return {
    id: recordedGrantId(record.clientId),
    providerId: provider.id,
    appName: record.appName ?? fallbackAppName(record.clientId),
    publisher: null,
    clientId: record.clientId,
    scopes: record.scopes.map((id) => listedScope(describeScope(id, provider))),
    grantedAt: record.approvedAt,
    validTo: null,
    redirectHost: record.redirectHost,
    source: 'recorded',
    revocable: false,
    ...(record.riskLevel ? { riskLevel: record.riskLevel } : {}),
  };
}

/** What an app is called when nobody gave it a name: its client id, which is at least what the provider knows it by. */
export function fallbackAppName(clientId: string | null): string {
  return clientId ? `App ${clipText(clientId, 60)}` : 'Unnamed app';
}

export function recordedGrantId(clientId: string): string {
  return `recorded:${clientId.toLowerCase()}`;
}

function hostOf(uri: string): string | null {
  const parsed = parsePageUrl(uri);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  return parsed.hostname + (parsed.port ? `:${parsed.port}` : '');
}

function listedScope({ id, title, highPrivilege }: RequestedScope): GrantScope {
  return { id, title, highPrivilege };
}
