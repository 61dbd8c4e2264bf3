import { PROVIDERS, providerById } from '../../../src/core/providers/registry';
import type { Provider } from '../../../src/core/providers/types';

/** The detectors are tested against the real registry: the branding data is part of what is tested. */
function required(id: string): Provider {
  const provider = providerById(id);
  if (!provider) throw new Error(`provider ${id} missing from the registry`);
  return provider;
}

export const AZURE_DEVOPS = required('azure-devops');
export const GITHUB = required('github');
export const TEST_PROVIDERS: readonly Provider[] = PROVIDERS;

/** The page's host is one of the provider's own: there, imitation checks do not apply. */
export function isOwnHost(host: string, target: Provider): boolean {
  const origins = [...target.signInOrigins, ...target.approvalEndpoints.map((endpoint) => endpoint.origin)];
  return origins.some((origin) => new URL(origin).hostname === host);
}
