import { describe, expect, it } from 'vitest';
import { isExactOrigin, parsePageUrl } from '../../../src/core/url/page-url';

const ADO = 'https://app.vssps.visualstudio.com';

describe('isExactOrigin against the Azure DevOps approval origin', () => {
  it.each([
    ['https://app.vssps.visualstudio.com/oauth2/authorize', true],
    ['https://APP.VSSPS.VisualStudio.COM/oauth2/authorize', true],
    ['https://app.vssps.visualstudio.com./oauth2/authorize', true],
    ['https://app.vssps.visualstudio.com:443/oauth2/authorize', true],
    ['https://app.vssps.visualstudio.com/oauth2/authorize?x=https://evil.net', true],
    ['http://app.vssps.visualstudio.com/oauth2/authorize', false],
    ['https://app.vssps.visualstudio.com:8443/oauth2/authorize', false],
    ['https://app.vssps.visualstudio.com.evil.net/oauth2/authorize', false],
    ['https://app.vssps.visualstudio.com@evil.net/oauth2/authorize', false],
    ['https://user:pass@app.vssps.visualstudio.com/oauth2/authorize', false],
    ['https://evil.net/?app.vssps.visualstudio.com', false],
    ['https://evil.net/app.vssps.visualstudio.com/oauth2/authorize', false],
    ['https://evil.net#app.vssps.visualstudio.com', false],
    ['https://vssps.visualstudio.com/oauth2/authorize', false],
    ['https://xapp.vssps.visualstudio.com/oauth2/authorize', false],
    ['https://app-vssps-visualstudio.com/oauth2/authorize', false],
    ['https://app.vssps.visualstudio.co/oauth2/authorize', false],
    ['https://аpp.vssps.visualstudio.com/oauth2/authorize', false],
    ['https://app.vssps.visualstudio.com%2eevil.net/oauth2/authorize', false],
    ['ftp://app.vssps.visualstudio.com/oauth2/authorize', false],
    ['wss://app.vssps.visualstudio.com/', false],
    ['blob:https://app.vssps.visualstudio.com/1234', false],
    ['data:text/html,<title>app.vssps.visualstudio.com</title>', false],
  ])('%s → %s', (input, expected) => {
    const url = parsePageUrl(input);
    expect(url !== null && isExactOrigin(url, ADO)).toBe(expected);
  });
});

describe('parsePageUrl', () => {
  it.each(['', 'not a url', 'https://', 'http://[::1', 'https://%', 'x'.repeat(40_000)])(
    'returns null for %j',
    (input) => {
      expect(parsePageUrl(input)).toBeNull();
    },
  );

  it('normalizes IDN to punycode and names the registrable domain', () => {
    const url = parsePageUrl('https://Bücher.Example.co.uk./path');
    expect(url?.hostname).toBe('xn--bcher-kva.example.co.uk');
    expect(url?.registrableDomain).toBe('example.co.uk');
  });

  it('has no registrable domain for IP addresses', () => {
    expect(parsePageUrl('http://127.0.0.1:8080/')?.registrableDomain).toBeNull();
  });

  it('keeps an explicit non-default port in the origin', () => {
    expect(parsePageUrl('https://example.com:8443/')?.origin).toBe('https://example.com:8443');
    expect(parsePageUrl('http://example.com:80/')?.origin).toBe('http://example.com');
  });
});
