import type { ManagementPage, Provider } from '../providers/types';
import type { Grant } from './grant';

export interface ManagementLink {
  readonly label: string;
  readonly url: string;
}

export interface LinkValues {
  readonly clientId?: string | null;
  readonly org?: string | null;
}

/**
 * The provider's management pages with their placeholders filled where the values are known; pages whose
 * placeholders cannot be filled are left out, never linked with a literal `{org}`.
 */
export function managementLinks(provider: Provider, values: LinkValues = {}): ManagementLink[] {
  return provider.management.flatMap((page) => {
    const url = fill(page, values);
    return url === null ? [] : [{ label: page.label, url }];
  });
}

/** The most specific page for one grant: the app's own page where the provider has one, else the general list. */
export function managementPageFor(grant: Grant, provider: Provider): ManagementLink | null {
  return managementPageForApp(provider, grant.clientId);
}

/** Where the user reviews (and, on Entra's and GitHub's pages, reports or revokes) one app, by its client id. */
export function managementPageForApp(provider: Provider, clientId: string | null): ManagementLink | null {
  const values = { clientId };
  const specific = provider.management.find((page) => page.url.includes('{clientId}') && fill(page, values) !== null);
  const page = specific ?? provider.management.find((candidate) => fill(candidate, values) !== null);
  const url = page ? fill(page, values) : null;
  return page && url !== null ? { label: page.label, url } : null;
}

function fill(page: ManagementPage, values: LinkValues): string | null {
  const valueOf = (name: string): string | null =>
    (name === 'clientId' ? values.clientId : name === 'org' ? values.org : null) ?? null;
  const names = [...page.url.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  if (names.some((name) => !valueOf(name))) return null;
  return page.url.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(valueOf(name) ?? ''));
}
