import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { matchApprovalEndpoint } from '../../../src/core/approval/endpoint';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { parsePageUrl } from '../../../src/core/url/page-url';

/**
 * Every provider is a data record; this meta-test makes each one carry what it needs to be trusted:
 * sources, HTTPS origins, a working example approval URL, sign-in origins, branding and management pages.
 * A new provider module fails here until it gets an example below (and fixtures for its pages).
 */
const EXAMPLE_APPROVAL_URLS: Readonly<Record<string, string>> = {
  'azure-devops':
    'https://app.vssps.visualstudio.com/oauth2/authorize?client_id=A&response_type=Assertion&state=s&scope=vso.code&redirect_uri=https://a.example/cb',
  'entra-id':
    'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=A&response_type=code&scope=openid&state=s',
  github: 'https://github.com/login/oauth/authorize?client_id=A&scope=repo&state=s',
  google:
    'https://accounts.google.com/o/oauth2/v2/auth?client_id=A&response_type=code&scope=openid&redirect_uri=https://a.example/cb&state=s',
};

const HTTPS_ORIGIN = /^https:\/\/[a-z0-9.-]+$/;

describe.each(PROVIDERS.map((provider) => [provider.id, provider] as const))('provider %s', (id, provider) => {
  it('cites its sources', () => {
    expect(provider.docs.length).toBeGreaterThan(0);
    for (const doc of provider.docs) expect(doc).toMatch(/^https:\/\//);
  });

  it('has an example approval URL that its own endpoint recognises as genuine', () => {
    const example = EXAMPLE_APPROVAL_URLS[id];
    expect(example, `add an example approval URL for ${id}`).toBeDefined();
    const url = parsePageUrl(example ?? '');
    if (!url) throw new Error(`example for ${id} does not parse`);
    const match = matchApprovalEndpoint(url, PROVIDERS);
    expect(match?.kind).toBe('genuine');
    expect(match?.provider.id).toBe(id);
  });

  // The verdict there is awaited at once, and the idle script would first fetch the wake module.
  it('has its approval pages given the whole content script, on each of its approval origins', () => {
    const example = new URL(EXAMPLE_APPROVAL_URLS[id] ?? '');
    const [idle, whole] = manifest.content_scripts;
    for (const origin of new Set(provider.approvalEndpoints.map((endpoint) => endpoint.origin))) {
      const url = `${origin}${example.pathname}${example.search}`;
      expect(
        whole?.matches.some((pattern) => new MatchPattern(pattern).includes(url)),
        url,
      ).toBe(true);
      expect(
        idle?.exclude_matches?.some((pattern) => new MatchPattern(pattern).includes(url)),
        url,
      ).toBe(true);
    }
  });

  it('names only exact HTTPS origins', () => {
    for (const origin of [
      ...provider.approvalEndpoints.map((endpoint) => endpoint.origin),
      ...provider.signInOrigins,
    ]) {
      expect(origin).toMatch(HTTPS_ORIGIN);
    }
    for (const page of provider.management) expect(page.url).toMatch(/^https:\/\//);
    for (const domain of provider.protectedDomains) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('has branding to check its pages against, and a scope catalogue', () => {
    expect(provider.branding.names.length).toBeGreaterThan(0);
    expect(provider.branding.consentWords.length).toBeGreaterThan(0);
    expect(Object.keys(provider.scopes).length).toBeGreaterThan(0);
  });
});

describe('registry', () => {
  it('has unique ids and carries the whole Azure DevOps scope table (86 scopes)', () => {
    expect(new Set(PROVIDERS.map((provider) => provider.id)).size).toBe(PROVIDERS.length);
    const ado = PROVIDERS.find((provider) => provider.id === 'azure-devops');
    expect(Object.keys(ado?.scopes ?? {})).toHaveLength(86);
    expect(ado?.scopes['vso.code_full']).toMatchObject({ highPrivilege: true, inheritsFrom: 'vso.code_manage' });
  });

  it('has an example for every provider and no stale examples', () => {
    expect(Object.keys(EXAMPLE_APPROVAL_URLS).sort()).toEqual(PROVIDERS.map((provider) => provider.id).sort());
  });
});
