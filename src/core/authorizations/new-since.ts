import type { Grant } from './grant';

// Apart from merge.ts on purpose: the popup needs only this, and merge.ts brings the URL parser and its suffix list.

/**
 * Whether to point a grant out as new since the popup was last opened. Before the first opening there is no
 * "last time": only approvals the extension itself recorded are news then, not the user's whole history.
 */
export function isNewSince(grant: Grant, seenAt: number | null): boolean {
  if (grant.grantedAt === null) return false;
  if (seenAt === null) return grant.source !== 'live';
  return grant.grantedAt > seenAt;
}
