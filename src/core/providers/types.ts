import type { ScopeTierTable } from '../risk/scope-tiers';

/**
 * A provider is data: everything the judgement needs to know about one OAuth provider.
 * Adding a provider means adding one module that default-exports a `Provider`, plus fixtures.
 */

export interface ScopeInfo {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly highPrivilege: boolean;
  readonly inheritsFrom: string | null;
  readonly category: string;
}

/** Where a provider's authorization approval (consent) page lives. */
export interface ApprovalEndpoint {
  /** Exact origin, lowercase, punycode, no default port: `https://app.vssps.visualstudio.com`. */
  readonly origin: string;
  /** Matched against the URL pathname only. Anchored. */
  readonly path: RegExp;
}

/**
 * Where a provider's users type a device code (RFC 8628's `verification_uri`, or the page it redirects to). The
 * page is genuine and still dangerous: a code someone else sent signs them in as the user, so it gets its own kind.
 */
export interface DeviceCodeEndpoint {
  /** Exact origin, as for approval endpoints. */
  readonly origin: string;
  /** Matched against the URL pathname only. Anchored. */
  readonly path: RegExp;
  /** The account a code entered here hands over, as users know it: "Microsoft work or school account". */
  readonly account: string;
  /** The public page that names this address (the provider's docs where they do). */
  readonly source: string;
}

/**
 * The provider's page, after a device code, that names the app the code signs in. It is read only in a tab that came
 * from the same provider's device-code entry page (`core/device-code/code-trail.ts`).
 */
export interface AfterCodePage {
  /** Exact origin, as for approval endpoints. */
  readonly origin: string;
  /** Matched against the URL pathname only. Anchored. */
  readonly path: RegExp;
  /** Matched against one line of the page's text (case kept, white space collapsed): group 1 is the app's name. */
  readonly names: RegExp;
  /** Where the page's wording is documented. */
  readonly source: string;
}

/**
 * The authorization request's parameter names as OAuth 2.0 defines them (RFC 6749 §4.1.1, §4.2.1). Every
 * provider in the registry uses them; a provider that renamed one would list its own names instead.
 */
export const OAUTH2_PARAMETER_NAMES = {
  clientId: 'client_id',
  scope: 'scope',
  redirectUri: 'redirect_uri',
  state: 'state',
  responseType: 'response_type',
} as const;

export interface ApprovalRequestShape {
  readonly clientId: string;
  readonly scope: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly responseType: string;
  /** Response types the provider documents for this flow; anything else is reported. */
  readonly expectedResponseTypes: readonly string[];
  /** Parameters without which the request cannot be a real one. */
  readonly required: readonly string[];
  /** Regex splitting the scope parameter into scope ids. */
  readonly scopeSeparator: RegExp;
  readonly redirectMustBeHttps: boolean;
}

/** What a provider's genuine pages look like; used for the branding check and to spot imitations. */
export interface Branding {
  /** Product names that brand a page, matched as whole words after normalization. */
  readonly names: readonly string[];
  /** Phrases that provider sign-in or consent pages use; imitations copy them. */
  readonly phrases: readonly string[];
  /** Substrings of image src/alt/class/id that mark the provider's logo. */
  readonly logoHints: readonly string[];
  /** Wording of the consent structure (accept/deny buttons and the permissions list). */
  readonly consentWords: readonly string[];
  /** Logos drawn with markup rather than images, which the page inspector recognizes by their shape. */
  readonly drawnLogos: readonly DrawnLogo[];
  /**
   * Element ids and input names of the provider's own sign-in page, spelt as it spells them (the detector ignores
   * case; the inspection gate looks ids up as written), distinctive enough that only a
   * copy of that page carries them. Kits save the genuine page and keep its markup; each list names its source.
   */
  readonly markupIds: readonly string[];
}

export type DrawnLogo = 'microsoft-four-squares';

export interface ManagementPage {
  readonly label: string;
  /** May hold `{org}` or `{clientId}` placeholders. */
  readonly url: string;
}

/**
 * Where each field of one listed authorization sits in the service's answer, as dotted paths into an entry.
 * Several paths are tried in order: undocumented services rename fields between versions.
 */
export interface AuthorizationFieldMap {
  readonly id: readonly string[];
  readonly clientId: readonly string[];
  readonly appName: readonly string[];
  readonly publisher: readonly string[];
  /** A separated string or an array of scope ids. */
  readonly scopes: readonly string[];
  /** The service's own scope titles, used when the provider's catalogue does not know a scope. */
  readonly scopeTitles: readonly string[];
  readonly redirectUri: readonly string[];
  readonly validFrom: readonly string[];
  readonly validTo: readonly string[];
  /** False for revoked or expired entries the service still returns. */
  readonly isValid: readonly string[];
}

export interface AuthorizationsService {
  readonly listUrl: string;
  /** Query parameter that names the authorization to revoke (POST to listUrl). */
  readonly revokeParam: string;
  readonly apiVersion: string;
  /** Host permission the extension needs for it. */
  readonly hostPermission: string;
  /** Sent with every call: e.g. asking for a 401 rather than a redirect to the sign-in page. */
  readonly headers: Readonly<Record<string, string>>;
  /** Where a signed-out user signs in to the provider, so the list can be read. */
  readonly signInUrl: string;
  readonly fields: AuthorizationFieldMap;
}

export interface Provider {
  readonly id: string;
  readonly name: string;
  /** The account whose credentials its sign-in takes, as users know it: "Microsoft" for Azure DevOps. */
  readonly accountName: string;
  /** Documentation this record is sourced from. */
  readonly docs: readonly string[];
  readonly approvalEndpoints: readonly ApprovalEndpoint[];
  /** Device-code entry pages (RFC 8628); absent where the provider has none or the record does not know them. */
  readonly deviceCodeEndpoints?: readonly DeviceCodeEndpoint[];
  /** Pages that name the app after a device code; absent where no source shows one. */
  readonly afterCodePages?: readonly AfterCodePage[];
  readonly request: ApprovalRequestShape;
  /** Origins that legitimately ask for this provider's credentials. */
  readonly signInOrigins: readonly string[];
  /** Registrable domains (eTLD+1) an attacker would imitate: input for lookalike detection. */
  readonly protectedDomains: readonly string[];
  readonly branding: Branding;
  readonly management: readonly ManagementPage[];
  /** Present only where the provider has a user-level list/revoke service. */
  readonly authorizations?: AuthorizationsService;
  readonly scopes: Readonly<Record<string, ScopeInfo>>;
  /** Scope ids not in the catalogue that are still high privilege (e.g. Entra `user_impersonation`). */
  readonly highPrivilegePatterns: readonly RegExp[];
  /** What the request-risk judgement needs to know about this provider's requests. */
  readonly risk: ProviderRiskFacts;
}

/** Facts for judging what a request asks for, where the answer goes and who asks; each sourced where it is set. */
export interface ProviderRiskFacts {
  /** The provider's own classification of its permissions; wins over the catalogue's high-privilege flag. */
  readonly tiers: ScopeTierTable;
  /** Permission families that together are the consent-phishing pattern (first dotted segment, any case). */
  readonly phishingFamilies: readonly string[];
  /** Scopes that keep access while the user is away (`offline_access`). */
  readonly persistentScopes: readonly string[];
  /** Request parameters that do the same (Google's `access_type=offline`), compared case-insensitively. */
  readonly persistentParams: readonly (readonly [name: string, value: string])[];
  /** The provider accepts plain-HTTP loopback redirects (`http://localhost`, `http://127.0.0.1`) for native apps. */
  readonly loopbackHttp: boolean;
  /** Words the consent page shows where an unverified app's publisher would be (Entra: "Unverified"). */
  readonly unverifiedMarkers: readonly string[];
}
