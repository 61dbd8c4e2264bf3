import entraData from '../data/entra-permission-risk.json';
import githubData from '../data/github-scope-risk.json';
import googleData from '../data/google-scope-risk.json';
import { scopeTierTable, type ScopeTierTable, type TierRow } from './scope-tiers';
import type { ScopeTier } from './types';

/** The classification tables, built from the data files (each names its source and licence). */

const ENTRA_PRIVILEGE: Readonly<Record<string, ScopeTier>> = { High: 'high', Medium: 'sensitive', Low: 'basic' };

// Only delegated permissions are granted on a user's consent page; application permissions are an administrator's.
export const ENTRA_TIERS: ScopeTierTable = scopeTierTable(
  entraData.rows
    .filter((row) => row.type === 'Delegated')
    .map((row) => ({ name: row.permission, tier: ENTRA_PRIVILEGE[row.privilege] ?? 'sensitive' })),
  // Graph permissions appear bare (`Mail.Read`) or qualified by their resource
  // (`https://graph.microsoft.com/Mail.Read`).
  { dottedFamilies: true, prefixes: [], lastSegment: true },
);

export const ENTRA_PHISHING_FAMILIES: readonly string[] = entraData.phishingFamilies.families;

export const GITHUB_TIERS: ScopeTierTable = scopeTierTable(listed(githubData.high, githubData.sensitive), {
  dottedFamilies: false,
  prefixes: [],
  lastSegment: false,
});

export const GOOGLE_TIERS: ScopeTierTable = scopeTierTable(listed(googleData.high, googleData.sensitive), {
  dottedFamilies: false,
  prefixes: [googleData.prefix],
  lastSegment: false,
});

/** Azure DevOps: the High-privilege column of Microsoft's scope table, as the scope catalogue carries it. */
export function highPrivilegeTiers(
  scopes: readonly { readonly scope: string; readonly highPrivilege: boolean }[],
): ScopeTierTable {
  return scopeTierTable(
    scopes.map((row) => ({ name: row.scope, tier: row.highPrivilege ? 'high' : 'basic' })),
    { dottedFamilies: false, prefixes: [], lastSegment: false },
  );
}

function listed(high: readonly string[], sensitive: readonly string[]): TierRow[] {
  return [
    ...high.map((name) => ({ name, tier: 'high' as const })),
    ...sensitive.map((name) => ({ name, tier: 'sensitive' as const })),
  ];
}
