import { describe, expect, it } from 'vitest';
import { deviceCodeAddress, matchDeviceCodePage } from '../../../src/core/device-code/endpoint';
import { linksToDeviceLogin } from '../../../src/core/page/device-gate';
import { isDeviceCodePageUrl } from '../../../src/core/page/device-login-addresses';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { parsePageUrl } from '../../../src/core/url/page-url';

function url(input: string) {
  const parsed = parsePageUrl(input);
  if (!parsed) throw new Error(`fixture URL must parse: ${input}`);
  return parsed;
}

// One genuine page per endpoint row, as a user's browser shows it.
const GENUINE: readonly (readonly [string, string])[] = [
  ['https://microsoft.com/devicelogin', 'entra-id'],
  ['https://www.microsoft.com/devicelogin', 'entra-id'],
  ['https://login.microsoftonline.com/common/oauth2/deviceauth', 'entra-id'],
  ['https://login.microsoftonline.com/organizations/oauth2/v2.0/deviceauth', 'entra-id'],
  ['https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/deviceauth', 'entra-id'],
  ['https://login.microsoft.com/contoso.onmicrosoft.com/oauth2/deviceauth', 'entra-id'],
  ['https://www.microsoft.com/link', 'entra-id'],
  ['https://www.microsoft.com/en-us/link', 'entra-id'],
  ['https://microsoft.com/link', 'entra-id'],
  ['https://login.live.com/oauth20_remoteconnect.srf', 'entra-id'],
  ['https://login.live.com/oauth20_remoteconnect.srf?lc=1033', 'entra-id'],
  ['https://github.com/login/device', 'github'],
  ['https://github.com/login/device/select_account', 'github'],
  ['https://github.com/login/device/confirmation', 'github'],
  ['https://www.google.com/device', 'google'],
  ['https://google.com/device', 'google'],
  ['https://accounts.google.com/o/oauth2/device/usercode?flowName=DeviceOAuth', 'google'],
];

const NOT_DEVICE_PAGES: readonly string[] = [
  'http://microsoft.com/devicelogin',
  'https://microsoft.com:8443/devicelogin',
  'https://microsoft.com.evil.example/devicelogin',
  'https://evil.example/devicelogin',
  'https://www.microsoft.com/linkedin',
  'https://www.microsoft.com/en-us/microsoft-365/link-stuff',
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a',
  'https://login.microsoftonline.com/common/oauth2/v2.0/devicecode',
  'https://github.com/login',
  'https://github.com/login/devices-are-great',
  'https://www.google.com/devices',
  'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code',
];

describe('matchDeviceCodePage', () => {
  it.each(GENUINE)('%s is %s’s device-code page', (input, providerId) => {
    expect(matchDeviceCodePage(url(input), PROVIDERS)?.provider.id).toBe(providerId);
  });

  it.each(NOT_DEVICE_PAGES)('%s is not one', (input) => {
    expect(matchDeviceCodePage(url(input), PROVIDERS)).toBeNull();
  });

  it('names a public source for every endpoint', () => {
    for (const provider of PROVIDERS) {
      for (const endpoint of provider.deviceCodeEndpoints ?? []) {
        expect(endpoint.source).toMatch(/^https:\/\//);
        expect(endpoint.origin).toMatch(/^https:\/\/[a-z0-9.-]+$/);
      }
    }
  });

  it('has an example above for every endpoint', () => {
    for (const provider of PROVIDERS) {
      for (const endpoint of provider.deviceCodeEndpoints ?? []) {
        const covered = GENUINE.some(([input]) => {
          const parsed = url(input);
          return parsed.origin === endpoint.origin && endpoint.path.test(parsed.pathname);
        });
        expect(covered, `${endpoint.origin} ${String(endpoint.path)}`).toBe(true);
      }
    }
  });
});

// The content script keeps its own copy of the list: it must know every genuine page and no other.
describe('isDeviceCodePageUrl (how the whole content script knows these pages)', () => {
  it.each(GENUINE.map(([input]) => input))('wakes on %s', (input) => {
    expect(isDeviceCodePageUrl(input.toLowerCase())).toBe(true);
  });

  it.each(
    NOT_DEVICE_PAGES.filter(
      (input) => input.startsWith('https://') && !input.includes(':8443') && !input.includes('evil'),
    ),
  )('stays shut on %s', (input) => {
    expect(isDeviceCodePageUrl(input.toLowerCase())).toBe(false);
  });
});

/** A page holding one link to `href`. */
function pageLinkingTo(href: string): Document {
  const doc = document.implementation.createHTMLDocument('links');
  const link = doc.createElement('a');
  link.setAttribute('href', href);
  doc.body.append(link);
  return doc;
}

// Which pages have their device-code cues read: a link to any genuine page's address (as lures write it) is enough.
describe('linksToDeviceLogin', () => {
  it.each([
    ...GENUINE.map(([input]) => input),
    'https://www.microsoft.com/de-de/link/',
    'http://microsoft.com/devicelogin',
    'https://aka.example/?to=https://microsoft.com/devicelogin',
  ])('finds a link to %s', (href) => {
    expect(linksToDeviceLogin(pageLinkingTo(href))).toBe(true);
  });

  it.each([
    'https://www.microsoft.com/en-us/microsoft-365',
    'https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow',
    'https://github.com/login',
    'https://example.org/help',
    '/link',
  ])('finds none in a link to %s', (href) => {
    expect(linksToDeviceLogin(pageLinkingTo(href))).toBe(false);
  });
});

describe('deviceCodeAddress', () => {
  it.each([
    ['microsoft.com/devicelogin', 'entra-id'],
    ['https://microsoft.com/devicelogin.', 'entra-id'],
    ['HTTP://WWW.MICROSOFT.COM/DEVICELOGIN', 'entra-id'],
    ['https://login.microsoftonline.com/common/oauth2/deviceauth', 'entra-id'],
    ['microsoft.com/link', 'entra-id'],
    ['github.com/login/device)', 'github'],
    ['www.google.com/device', 'google'],
  ])('%s names %s’s device-code page', (text, providerId) => {
    expect(deviceCodeAddress(text, PROVIDERS)?.provider.id).toBe(providerId);
  });

  it.each([
    '',
    'microsoft.com',
    'microsoft.com.evil.example/devicelogin',
    'javascript:alert(1)',
    'devicelogin',
    'x'.repeat(3000),
    'https://[bad',
  ])('%j names none', (text) => {
    expect(deviceCodeAddress(text, PROVIDERS)).toBeNull();
  });
});

// The note and the hold come with their own small script, which the manifest gives to these pages only.
describe('the device-code script’s manifest entry', () => {
  it.each(GENUINE.map(([input]) => input))('runs on %s', async (input) => {
    const { MatchPattern } = await import('@webext-core/match-patterns');
    const manifest = (await import('../../../manifest.json', { with: { type: 'json' } })).default;
    const entry = manifest.content_scripts.find((script) => script.js.includes('src/content/device-code.ts'));
    expect(entry?.matches.some((pattern) => new MatchPattern(pattern).includes(input))).toBe(true);
  });
});
