import { describe, expect, it } from 'vitest';
import { pagePrintsDeviceLogin } from '../../../src/core/page/device-code-cues';
import { DEVICE_LOGIN_TEXT, printsDeviceLogin } from '../../../src/core/page/device-text';
import {
  GITHUB_DEVICE_CODE_PAGES,
  GOOGLE_DEVICE_CODE_PAGES,
  MICROSOFT_DEVICE_CODE_PAGES,
} from '../../../src/core/providers/device-code-pages';
import { domFrom } from './fixture-dom';

/** One address per endpoint, as a page would write it: the endpoint's origin without the scheme, and a path it takes. */
const WRITTEN: readonly (readonly [string, string])[] = [
  ['https://microsoft.com', '/devicelogin'],
  ['https://www.microsoft.com', '/devicelogin'],
  ['https://login.microsoftonline.com', '/common/oauth2/deviceauth'],
  ['https://login.microsoft.com', '/organizations/oauth2/v2.0/deviceauth'],
  ['https://www.microsoft.com', '/link'],
  ['https://microsoft.com', '/link'],
  ['https://login.live.com', '/oauth20_remoteconnect.srf'],
  ['https://github.com', '/login/device'],
  ['https://www.google.com', '/device'],
  ['https://google.com', '/device'],
  ['https://accounts.google.com', '/o/oauth2/device/usercode'],
];

describe('DEVICE_LOGIN_TEXT', () => {
  const endpoints = [...MICROSOFT_DEVICE_CODE_PAGES, ...GITHUB_DEVICE_CODE_PAGES, ...GOOGLE_DEVICE_CODE_PAGES];

  it('has a written address for every device-code endpoint in the provider data', () => {
    for (const endpoint of endpoints)
      expect(
        WRITTEN.some(([origin, path]) => origin === endpoint.origin && endpoint.path.test(path)),
        `${endpoint.origin} ${String(endpoint.path)}`,
      ).toBe(true);
  });

  it.each(WRITTEN.map(([origin, path]) => origin.replace('https://', '') + path))('finds %s in text', (address) => {
    expect(DEVICE_LOGIN_TEXT.test(`To join, open ${address} and enter the code.`)).toBe(true);
    expect(DEVICE_LOGIN_TEXT.test(`OPEN ${address.toUpperCase()}`)).toBe(true);
  });

  it.each([
    'Manage your devices at account.microsoft.com/devices',
    'Sign in at github.com/login',
    'Our device policy: https://intranet.example/device-policy',
    'Shop the new Pixel at store.google.com/product/pixel',
    'Read the docs at learn.microsoft.com/entra/identity',
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
