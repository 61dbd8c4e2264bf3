import { parse as parseDomain } from 'tldts';

/** A page URL after the normalization every origin comparison in the product relies on. */
export interface PageUrl {
  readonly href: string;
  /** `http:`, `https:`, or anything else a browser might report. */
  readonly protocol: string;
  /** Lowercase, IDN as punycode, trailing dot removed. */
  readonly hostname: string;
  /** Explicit port, empty when it is the scheme's default. */
  readonly port: string;
  /** `scheme://hostname[:port]` built from the normalized parts. */
  readonly origin: string;
  /** Registrable domain per the Public Suffix List, or null for IPs, single labels and bare suffixes. */
  readonly registrableDomain: string | null;
  readonly hasUserinfo: boolean;
  readonly pathname: string;
  readonly search: URLSearchParams;
}

export const MAX_URL_LENGTH = 32_768;

/** Parses a URL as the browser reported it. Never throws: malformed input gives null. */
export function parsePageUrl(input: string): PageUrl | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  const hostname = normalizeHostname(url.hostname);
  const port = url.port;
  const hierarchical = url.protocol === 'http:' || url.protocol === 'https:';
  return {
    href: url.href,
    protocol: url.protocol,
    hostname,
    port,
    origin: hierarchical ? `${url.protocol}//${hostname}${port ? `:${port}` : ''}` : 'null',
    registrableDomain: hostname ? registrableDomainOf(hostname) : null,
    hasUserinfo: url.username !== '' || url.password !== '',
    pathname: url.pathname,
    search: url.searchParams,
  };
}

/** The URL parser already lowercases and converts IDN to punycode; a trailing dot names the same host. */
export function normalizeHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '');
}

export function registrableDomainOf(hostname: string): string | null {
  const info = parseDomain(hostname, { allowPrivateDomains: true });
  if (info.isIp) return null;
  return info.domain;
}

/**
 * Exact origin match after normalization. A registered origin is written as `https://host` with no
 * default port; anything else (another port, userinfo, another scheme) is a different origin.
 */
export function isExactOrigin(url: PageUrl, registeredOrigin: string): boolean {
  return !url.hasUserinfo && url.origin === registeredOrigin;
}

export function hostOfOrigin(origin: string): string {
  return origin.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '');
}
