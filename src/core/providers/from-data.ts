import { NO_TIERS } from '../risk/scope-tiers';
import { OAUTH2_PARAMETER_NAMES, type Provider } from './types';

/**
 * A provider an organisation describes in its policy: plain data (no patterns, no code), turned into the same
 * `Provider` shape the built-in modules export. Only origins, names and exact paths can be given.
 */
export interface ProviderData {
  readonly id: string;
  readonly name: string;
  readonly accountName?: string | undefined;
  /** Canonical HTTPS origins of the provider's consent page. */
  readonly approvalOrigins: readonly string[];
  /** Exact paths of the consent page on those origins, e.g. `/oauth2/authorize`. */
  readonly approvalPaths: readonly string[];
  readonly signInOrigins: readonly string[];
  /** Registrable domains attackers would imitate (lookalike detection). */
  readonly protectedDomains: readonly string[];
  /** Product names that brand its pages, for spotting imitations. */
  readonly brandNames: readonly string[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function providerFromData(data: ProviderData): Provider {
  const paths = data.approvalPaths.map((path) => new RegExp(`^${escapeRegExp(path.replace(/\/$/, ''))}\\/?$`, 'i'));
  const lowerNames = data.brandNames.map((name) => name.toLowerCase());
  return {
    id: data.id,
    name: data.name,
    accountName: data.accountName ?? data.name,
    docs: [],
    approvalEndpoints: data.approvalOrigins.flatMap((origin) => paths.map((path) => ({ origin, path }))),
    // The generic OAuth 2.0 authorization request (RFC 6749 §4.1.1).
    request: {
      ...OAUTH2_PARAMETER_NAMES,
      expectedResponseTypes: [],
      required: ['client_id'],
      scopeSeparator: /[\s+]+/,
      redirectMustBeHttps: true,
    },
    signInOrigins: [...new Set([...data.signInOrigins, ...data.approvalOrigins])],
    protectedDomains: data.protectedDomains,
    branding: {
      names: lowerNames,
      phrases: lowerNames.map((name) => `sign in to ${name}`),
      logoHints: lowerNames.map((name) => name.replace(/\s+/g, '-')),
      consentWords: [
        'authorize',
        'allow',
        'accept',
        'deny',
        'cancel',
        'permissions',
        'wants to access',
        'would like to access',
      ],
      drawnLogos: [],
      // Nothing is known about its pages' markup.
      markupIds: [],
    },
    management: [],
    scopes: {},
    highPrivilegePatterns: [],
    // Nothing is known about its permissions; where the answer goes is still judged.
    risk: {
      tiers: NO_TIERS,
      phishingFamilies: [],
      persistentScopes: [],
      persistentParams: [],
      loopbackHttp: false,
      unverifiedMarkers: [],
    },
  };
}
