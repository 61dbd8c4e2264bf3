import type { Grant } from './grant';
import type { ManagementLink } from './management-links';

/**
 * - `ok`: the provider's live list was read (and merged with the extension's records);
 * - `signed-out`: the provider wants the user to sign in before it lists anything;
 * - `error`: the list could not be read; recorded approvals are still shown;
 * - `recorded-only`: the provider has no list the extension can read; only approvals it saw are shown;
 * - `needs-access`: the browser has not granted the extension the provider's service (Firefox asks the user for an
 *   MV3 extension's host permissions apart from installing it); `access` names the origins to ask for.
 */
export type GroupStatus = 'ok' | 'signed-out' | 'error' | 'recorded-only' | 'needs-access';

/** One provider's section of the popup. */
export interface ProviderGrants {
  readonly providerId: string;
  readonly providerName: string;
  readonly status: GroupStatus;
  /** Why the list could not be read, in words; null unless status is `error`. */
  readonly message: string | null;
  readonly signInUrl: string | null;
  /** Host permission patterns to request from the user; empty unless status is `needs-access`. */
  readonly access: readonly string[];
  /** Where the user reviews and revokes grants on the provider's own pages. */
  readonly links: readonly ManagementLink[];
  readonly grants: readonly Grant[];
  /** Ids of grants whose revocation is in flight in the background. */
  readonly pending: readonly string[];
  /** Entries of the live list that could not be read and are not shown. */
  readonly dropped: number;
}
