import type { Provider } from './types';

/**
 * An origin the user or their organisation vouches for as one of a provider's own (e.g. Azure DevOps Server on
 * premises).
 */
export interface TrustedOrigin {
  /** Canonical HTTPS origin: lowercase, punycode, no default port, no path. */
  readonly origin: string;
  readonly providerId: string;
}

/**
 * The providers as the verdict logic should see them: each trusted origin added as a registered approval origin
 * (on the provider's own approval paths) and as a sign-in origin. Pure data in, data out: the judgement itself
 * does not change, it only learns more places that are genuine.
 */
export function withTrustedOrigins(
  providers: readonly Provider[],
  trusted: readonly TrustedOrigin[],
): readonly Provider[] {
  if (trusted.length === 0) return providers;
  return providers.map((provider) => {
    const origins = [
      ...new Set(trusted.filter((entry) => entry.providerId === provider.id).map((entry) => entry.origin)),
    ];
    const extra = origins.filter((origin) => !provider.signInOrigins.includes(origin));
    if (extra.length === 0) return provider;
    const paths = [
      ...new Map(
        provider.approvalEndpoints.map((endpoint) => [endpoint.path.source + endpoint.path.flags, endpoint.path]),
      ).values(),
    ];
    return {
      ...provider,
      approvalEndpoints: [
        ...provider.approvalEndpoints,
        ...extra.flatMap((origin) => paths.map((path) => ({ origin, path }))),
      ],
      signInOrigins: [...provider.signInOrigins, ...extra],
    };
  });
}
