import { describe, expect, it } from 'vitest';
import { BROWSER_SEARCH, findBrowser, majorVersion } from '../e2e/support/browser-executables';

const on =
  (...present: string[]) =>
  (path: string): boolean =>
    present.includes(path);

describe('finding the browsers the e2e tier drives', () => {
  it.each([
    [
      "the environment variable wins over Debian's path",
      'chromium',
      { CHROMIUM_PATH: '/opt/c150/chromium' },
      on('/opt/c150/chromium', '/usr/bin/chromium'),
      { path: '/opt/c150/chromium', from: 'env' },
    ],
    [
      "Debian's package when nothing is set",
      'chromium',
      {},
      on('/usr/bin/chromium', '/usr/bin/google-chrome'),
      { path: '/usr/bin/chromium', from: 'search' },
    ],
    [
      'an empty variable counts as unset',
      'firefox',
      { FIREFOX_PATH: '' },
      on('/usr/bin/firefox-esr'),
      { path: '/usr/bin/firefox-esr', from: 'search' },
    ],
    [
      'Edge before branded Chrome, which ignores --load-extension',
      'chromium',
      {},
      on('/usr/bin/google-chrome', '/usr/bin/microsoft-edge'),
      { path: '/usr/bin/microsoft-edge', from: 'search' },
    ],
    [
      'macOS Firefox',
      'firefox',
      {},
      on('/Applications/Firefox.app/Contents/MacOS/firefox'),
      { path: '/Applications/Firefox.app/Contents/MacOS/firefox', from: 'search' },
    ],
  ] as const)('%s', (_label, name, env, exists, expected) => {
    expect(findBrowser(name, env, exists)).toEqual(expected);
  });

  it('refuses a variable that names nothing, rather than testing another browser', () => {
    expect(findBrowser('firefox', { FIREFOX_PATH: '/nowhere/firefox' }, on('/usr/bin/firefox-esr'))).toEqual({
      error: 'FIREFOX_PATH=/nowhere/firefox does not exist.',
    });
  });

  it('names the package and the variable when nothing is found', () => {
    const found = findBrowser('chromium', {}, on());
    expect(found).toHaveProperty('error');
    if ('error' in found) {
      expect(found.error).toContain('apt-get install -y chromium');
      expect(found.error).toContain(BROWSER_SEARCH.chromium.env);
    }
  });

  it.each([
    ['Chromium 150.0.7871.100 ', 150],
    ['Mozilla Firefox 140.12.0esr', 140],
    ['version unknown', null],
  ] as const)('reads the major version of "%s"', (line, major) => {
    expect(majorVersion(line)).toBe(major);
  });
});
