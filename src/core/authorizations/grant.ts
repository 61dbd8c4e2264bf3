import type { RequestedScope } from '../approval/request';
import type { RiskLevel } from '../risk/types';

/** Where a listed grant is known from: the provider's own list, the extension's record of an approval, or both. */
export type GrantSource = 'live' | 'recorded' | 'both';

/**
 * A scope as the popup lists it under a grant. Descriptions stay out: the list never shows them, and with them the
 * background's answer for hundreds of grants was more than twice the size.
 */
export type GrantScope = Pick<RequestedScope, 'id' | 'title' | 'highPrivilege'>;

/** One app the user authorized, as the popup shows it. Every text field came from a page or an API: render as text. */
export interface Grant {
  /** The provider's authorization id for live grants; `recorded:<clientId>` for grants known only from a record. */
  readonly id: string;
  readonly providerId: string;
  readonly appName: string;
  /** The organization that registered the app, when the provider says. */
  readonly publisher: string | null;
  readonly clientId: string | null;
  readonly scopes: readonly GrantScope[];
  /** Milliseconds since the epoch, or null when unknown. */
  readonly grantedAt: number | null;
  readonly validTo: number | null;
  readonly redirectHost: string | null;
  readonly source: GrantSource;
  /**
   * True when the extension can revoke it through the provider's service; otherwise the user revokes it on the
   * provider's page.
   */
  readonly revocable: boolean;
  /** The request's risk when the user approved it, where the extension saw the approval. */
  readonly riskLevel?: RiskLevel | undefined;
}

/**
 * An approval the extension saw the user give on a verified approval page. Everything but `appName` comes from
 * the verified request; `appName` is the page's display name, shown as text.
 */
export interface RecordedGrant {
  readonly providerId: string;
  readonly appName: string | null;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly redirectHost: string | null;
  readonly approvedAt: number;
  /** Origin of the approval page the user accepted on. */
  readonly pageOrigin: string;
  /** The request's risk as judged on that page; absent on approvals recorded before the judgement existed. */
  readonly riskLevel?: RiskLevel | undefined;
}

/** Bounds on what is kept and shown: API and page data are hostile, and storage.local is finite. */
export const LIMITS = Object.freeze({
  text: 200,
  id: 200,
  scopes: 100,
  recordedGrants: 2_000,
});

export function clipText(value: string, max: number = LIMITS.text): string {
  // Control characters (including bidi overrides) could reorder or hide what the user reads.
  const clean = value
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
