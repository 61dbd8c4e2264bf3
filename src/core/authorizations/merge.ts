import type { Provider } from '../providers/types';
import type { Grant, RecordedGrant } from './grant';
import { fallbackAppName, grantFromRecorded } from './to-grant';

/**
 * One provider's grants from its live list and the extension's records. A record and a live entry are the same
 * grant when the client ids match (case-insensitively: Azure DevOps prints GUIDs in either case); the live entry
 * then supplies what the record lacks, and the record the name the user saw when approving if the service has none.
 */
export function mergeGrants(live: readonly Grant[], records: readonly RecordedGrant[], provider: Provider): Grant[] {
  const mine = records.filter((record) => record.providerId === provider.id);
  const byClient = new Map<string, RecordedGrant>();
  for (const record of mine) {
    const key = record.clientId.toLowerCase();
    const known = byClient.get(key);
    if (!known || known.approvedAt < record.approvedAt) byClient.set(key, record);
  }
  const matched = new Set<string>();
  const merged = live.map((grant): Grant => {
    const key = grant.clientId?.toLowerCase();
    const record = key === undefined ? undefined : byClient.get(key);
    if (!record || key === undefined) return grant;
    matched.add(key);
    return {
      ...grant,
      source: 'both',
      appName: grant.appName === fallbackAppName(grant.clientId) && record.appName ? record.appName : grant.appName,
      grantedAt: grant.grantedAt ?? record.approvedAt,
      redirectHost: grant.redirectHost ?? record.redirectHost,
      ...(record.riskLevel ? { riskLevel: record.riskLevel } : {}),
    };
  });
  for (const [key, record] of byClient) {
    if (!matched.has(key)) merged.push(grantFromRecorded(record, provider));
  }
  return merged.sort(byNewestFirst);
}

function byNewestFirst(a: Grant, b: Grant): number {
  return (b.grantedAt ?? 0) - (a.grantedAt ?? 0) || a.appName.localeCompare(b.appName);
}
