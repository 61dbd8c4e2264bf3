import * as v from 'valibot';
import type { ProviderData } from '../core/providers/from-data';
import type { TrustedOrigin } from '../core/providers/trusted-origins';
import { OriginSchema, TrustedOriginSchema } from './settings';

/**
 * What an organisation can set through managed storage (Chromium: `storage.managed_schema`, public/managed-schema.json;
 * Firefox: policies.json "3rdparty" → extension id). Parsed field by field: a bad field is ignored, and one bad entry
 * in a list costs that entry only. Policy wins over the user's settings.
 */
export interface Policy {
  readonly trustedOrigins: readonly TrustedOrigin[];
  readonly extraProviders: readonly ProviderData[];
  readonly forcePasswordAlert: boolean;
  readonly forbidContinueAnyway: boolean;
  /** Where detections and user reports are POSTed as JSON. */
  readonly reportUrl: string | null;
  /** The organisation states it has its users' consent to those reports (Firefox asks each user otherwise). */
  readonly reportingConsent: boolean;
  /**
   * What happens on Accept for a high-risk request on a genuine approval page: `warn` (badge and popup only),
   * `confirm` (the extension's confirmation, the default) or `block` (the confirmation offers only Cancel).
   */
  readonly riskyConsent: RiskyConsent;
  /** Apps the organisation approved, by provider id: what they get and who they are raise no signal. */
  readonly allowedClientIds: Readonly<Record<string, readonly string[]>>;
  /**
   * Device-code sign-in (RFC 8628) on the providers' code-entry pages: `warn` (the note, and a hold when the tab came
   * from another site) or `block` (the code is always held), for organisations that block the flow anyway.
   */
  readonly deviceCodeSignIn: 'warn' | 'block';
  /** Shown with the block: the organisation's own words (where to ask, what to use instead). */
  readonly deviceCodeMessage: string | null;
}

export type RiskyConsent = 'warn' | 'confirm' | 'block';

export const NO_POLICY: Policy = Object.freeze({
  trustedOrigins: [],
  extraProviders: [],
  forcePasswordAlert: false,
  forbidContinueAnyway: false,
  reportUrl: null,
  reportingConsent: false,
  riskyConsent: 'confirm',
  allowedClientIds: {},
  deviceCodeSignIn: 'warn',
  deviceCodeMessage: null,
});

const Origins = v.pipe(v.array(OriginSchema), v.maxLength(50));
const Names = v.pipe(v.array(v.pipe(v.string(), v.minLength(2), v.maxLength(100))), v.maxLength(20));

export const ProviderDataSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  accountName: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
  approvalOrigins: Origins,
  approvalPaths: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\/[A-Za-z0-9._~/-]{0,200}$/))), v.maxLength(10)),
  signInOrigins: Origins,
  protectedDomains: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^(?=.{3,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/))),
    v.maxLength(20),
  ),
  brandNames: Names,
});

const DeviceCodeMessageSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(400));

const ReportUrlSchema = v.pipe(v.string(), v.maxLength(2_048), v.url(), v.startsWith('https://'));
const RiskyConsentSchema = v.picklist(['warn', 'confirm', 'block']);
const ProviderIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const ClientIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const MAX_ALLOWED_PROVIDERS = 30;
const MAX_ALLOWED_CLIENTS = 500;

/** `{ "entra-id": ["6731de76-…"], "github": ["Iv1.…"] }`; a bad provider key or client id costs that entry only. */
function allowedClientIds(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const result: Record<string, string[]> = {};
  for (const [provider, ids] of Object.entries(value).slice(0, MAX_ALLOWED_PROVIDERS)) {
    if (!v.is(ProviderIdSchema, provider)) continue;
    const valid = list(ClientIdSchema, ids, MAX_ALLOWED_CLIENTS);
    if (valid.length > 0) result[provider] = valid;
  }
  return result;
}

function list<T>(schema: v.GenericSchema<unknown, T>, value: unknown, max: number): T[] {
  return (Array.isArray(value) ? value : []).slice(0, max).flatMap((entry: unknown) => {
    const parsed = v.safeParse(schema, entry);
    return parsed.success ? [parsed.output] : [];
  });
}

export function parsePolicy(raw: unknown, builtInProviderIds: readonly string[]): Policy {
  if (typeof raw !== 'object' || raw === null) return NO_POLICY;
  const data = raw as Record<string, unknown>;
  const report = v.safeParse(ReportUrlSchema, data['reportUrl']);
  const deviceCodeMessage = v.safeParse(DeviceCodeMessageSchema, data['deviceCodeMessage']);
  const providers = list(ProviderDataSchema, data['extraProviders'], 20).filter(
    // A policy provider can add a provider, never replace a built-in one.
    (provider, index, all) =>
      !builtInProviderIds.includes(provider.id) && all.findIndex((other) => other.id === provider.id) === index,
  );
  return {
    trustedOrigins: list(TrustedOriginSchema, data['trustedOrigins'], 50),
    extraProviders: providers,
    forcePasswordAlert: data['forcePasswordAlert'] === true,
    forbidContinueAnyway: data['forbidContinueAnyway'] === true,
    reportUrl: report.success ? report.output : null,
    reportingConsent: data['reportingConsent'] === true,
    riskyConsent: v.is(RiskyConsentSchema, data['riskyConsent']) ? data['riskyConsent'] : NO_POLICY.riskyConsent,
    allowedClientIds: allowedClientIds(data['allowedClientIds']),
    // Anything but an explicit "block" keeps the default: a typo must not take the flow away from everyone.
    deviceCodeSignIn: data['deviceCodeSignIn'] === 'block' ? 'block' : 'warn',
    deviceCodeMessage: deviceCodeMessage.success ? deviceCodeMessage.output : null,
  };
}
