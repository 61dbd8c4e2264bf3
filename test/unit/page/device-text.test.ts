import { describe, expect, it } from 'vitest';
import { deviceCodeAddress } from '../../../src/core/device-code/endpoint';
import { findDeviceCodeLure } from '../../../src/core/device-code/lure';
import { pagePrintsDeviceLogin, readDeviceCodeCues } from '../../../src/core/page/device-code-cues';
import { linksToDeviceLogin } from '../../../src/core/page/device-gate';
import { DEVICE_LOGIN_TEXT, printsDeviceLogin } from '../../../src/core/page/device-text';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { domFrom } from './fixture-dom';

/*
 * The lure side against the genuine-page data (src/core/providers/device-code-pages.ts). Addresses are written as a
 * page would (host and path, no scheme) on every host the data names, with and without `www.`, and a range of path
 * shapes; the data alone (deviceCodeAddress) says which of them are device-code pages. Each one it accepts must pass
 * every loose lure-side test, and a lure naming it must warn; a lure naming one it refuses must not.
 */
const ENDPOINTS = PROVIDERS.flatMap((provider) => provider.deviceCodeEndpoints ?? []);
const HOSTS = [
  ...new Set(
    ENDPOINTS.flatMap(({ origin }) => {
      const host = new URL(origin).hostname;
      return [host, host.startsWith('www.') ? host.slice(4) : `www.${host}`];
    }),
  ),
];
const PATH_SHAPES = [
  '/devicelogin',
  '/devicelogin/',
  '/de-de/devicelogin',
  '/link',
  '/link/',
  '/en-us/link',
  '/de-de/link/',
  '/linkedin',
  '/en-us/linkedin',
  '/common/oauth2/deviceauth',
  '/organizations/oauth2/v2.0/deviceauth',
  '/oauth20_remoteconnect.srf',
  '/login/device',
  '/login/device/select_account',
  '/device',
  '/devices',
  '/o/oauth2/device/usercode',
];
const WRITTEN = HOSTS.flatMap((host) => PATH_SHAPES.map((path) => host + path));
const ACCEPTED = WRITTEN.filter((address) => deviceCodeAddress(address, PROVIDERS) !== null);
const REFUSED = WRITTEN.filter((address) => deviceCodeAddress(address, PROVIDERS) === null);

const printedLure = (address: string): string =>
  `<p>To join, open ${address} and enter the code below.</p><p><strong>GKZAQ433Q</strong></p>`;
const linkedLure = (address: string): string =>
  `<p><a href="https://${address}">Join the meeting</a></p><p>Enter the code GKZAQ433Q there.</p>`;

describe('the lure side recognises the addresses the genuine-page data accepts', () => {
  it('reaches every device-code endpoint in the data, and its localized form', () => {
    const reached = new Set(ACCEPTED.map((address) => deviceCodeAddress(address, PROVIDERS)?.endpoint));
    expect(ENDPOINTS.filter((endpoint) => !reached.has(endpoint))).toEqual([]);
    // The data's optional locale segment (www.microsoft.com/en-us/link) is among what it accepts here.
    expect(ACCEPTED.filter((address) => /\/[a-z]{2}-[a-z]{2}\//.test(address)).length).toBeGreaterThan(0);
    // And the samples are not all accepted: the refusals below test something.
    expect(REFUSED.length).toBeGreaterThan(0);
  });

  it.each(ACCEPTED)('%s: found in text and in a link, read as the same page, and a lure naming it warns', (address) => {
    const endpoint = deviceCodeAddress(address, PROVIDERS)?.endpoint;
    for (const written of [address, `https://${address}`, address.toUpperCase()])
      expect(DEVICE_LOGIN_TEXT.test(`To join, open ${written} and enter the code.`), written).toBe(true);
    for (const html of [printedLure(address), linkedLure(address)]) {
      const doc = domFrom(html, 'https://lure.example/').window.document;
      expect(linksToDeviceLogin(doc) || pagePrintsDeviceLogin(doc)).toBe(true);
      const cues = readDeviceCodeCues(doc);
      expect(cues.addresses.map((entry) => deviceCodeAddress(entry.address, PROVIDERS)?.endpoint)).toContain(endpoint);
      expect(findDeviceCodeLure(cues, PROVIDERS)?.target.endpoint).toBe(endpoint);
    }
  });

  it.each(REFUSED)('%s: no device-code page, so a lure naming it does not warn', (address) => {
    for (const html of [printedLure(address), linkedLure(address)]) {
      const doc = domFrom(html, 'https://lure.example/').window.document;
      expect(findDeviceCodeLure(readDeviceCodeCues(doc), PROVIDERS)).toBeNull();
    }
  });
});

describe('DEVICE_LOGIN_TEXT', () => {
  it.each([
    'Manage your devices at account.microsoft.com/devices',
    'Sign in at github.com/login',
    'Our device policy: https://intranet.example/device-policy',
    'Shop the new Pixel at store.google.com/product/pixel',
    'Read the docs at learn.microsoft.com/entra/identity',
    'LinkedIn sign-in: learn.microsoft.com/en-us/linkedin/shared/authentication',
  ])('finds nothing in %s', (text) => {
    expect(DEVICE_LOGIN_TEXT.test(text)).toBe(false);
  });
});

describe('printsDeviceLogin and its bounded form', () => {
  it('reads the text, not attributes: an address only in a link is left to the link check', () => {
    const printed = domFrom('<p>Open microsoft.com/devicelogin and enter the code.</p>').window.document;
    const linked = domFrom('<p><a href="https://microsoft.com/devicelogin">Join the meeting</a></p>').window.document;
    expect(printsDeviceLogin(printed)).toBe(true);
    expect(printsDeviceLogin(linked)).toBe(false);
  });

  it('reads a page of up to 2,000 elements, not a larger one', () => {
    const page = (elements: number): Document =>
      domFrom(`<main>${'<span>x</span>'.repeat(elements)}</main><p>Open microsoft.com/devicelogin</p>`).window.document;
    expect(pagePrintsDeviceLogin(page(1_500))).toBe(true);
    expect(pagePrintsDeviceLogin(page(2_500))).toBe(false);
  });
});
