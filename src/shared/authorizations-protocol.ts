import { RISK_LEVELS } from '../core/risk/types';
import * as v from 'valibot';
import type { ProviderGrants } from '../core/authorizations/view';

/** The background's answers to the popup's authorization messages, parsed by the popup before it renders them. */

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Time = v.nullable(v.pipe(v.number(), v.finite()));

const ScopeSchema = v.object({
  id: Text(400),
  title: Text(400),
  highPrivilege: v.boolean(),
});

const GrantSchema = v.object({
  id: Text(400),
  providerId: Text(64),
  appName: Text(400),
  publisher: v.nullable(Text(400)),
  clientId: v.nullable(Text(400)),
  scopes: v.array(ScopeSchema),
  grantedAt: Time,
  validTo: Time,
  redirectHost: v.nullable(Text(400)),
  source: v.picklist(['live', 'recorded', 'both']),
  revocable: v.boolean(),
  riskLevel: v.optional(v.picklist(RISK_LEVELS)),
});

const LinkSchema = v.object({ label: Text(200), url: v.pipe(Text(2_048), v.startsWith('https://')) });

const ProviderGrantsSchema = v.object({
  providerId: Text(64),
  providerName: Text(200),
  status: v.picklist(['ok', 'signed-out', 'error', 'recorded-only', 'needs-access']),
  message: v.nullable(Text(1_000)),
  signInUrl: v.nullable(v.pipe(Text(2_048), v.startsWith('https://'))),
  access: v.pipe(v.array(v.pipe(Text(2_048), v.startsWith('https://'))), v.maxLength(10)),
  links: v.array(LinkSchema),
  grants: v.array(GrantSchema),
  pending: v.array(Text(400)),
  dropped: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const AuthorizationsReplySchema = v.object({
  groups: v.array(ProviderGrantsSchema),
  /** When the popup was opened before this time; null if never. */
  seenBefore: Time,
});
export interface AuthorizationsReply {
  readonly groups: readonly ProviderGrants[];
  readonly seenBefore: number | null;
}

/**
 * The groups last given by the providers, as JSON text, shown while the live list loads; null when there are none
 * young enough. The popup parses them with `RememberedGroupsSchema`.
 */
/** Far above any real list (a few hundred bytes a grant); larger remembered text is not ours. */
export const MAX_REMEMBERED_CHARS = 8 * 1024 * 1024;
export const RememberedReplySchema = v.object({
  groups: v.nullable(v.pipe(v.string(), v.maxLength(MAX_REMEMBERED_CHARS))),
  seenBefore: Time,
  asOf: Time,
});
export type RememberedReply = v.InferOutput<typeof RememberedReplySchema>;
export const RememberedGroupsSchema = AuthorizationsReplySchema.entries.groups;

export const RevokeReplySchema = v.variant('result', [
  v.object({ result: v.literal('revoked') }),
  v.object({ result: v.literal('failed'), message: Text(1_000) }),
]);
export type RevokeReply = v.InferOutput<typeof RevokeReplySchema>;
