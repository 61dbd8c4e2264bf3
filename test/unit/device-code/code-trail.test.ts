import { describe, expect, it } from 'vitest';
import {
  CODE_LIFETIME_MS,
  followTrail,
  trailOnNavigation,
  type CodeTrail,
} from '../../../src/core/device-code/code-trail';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { PROVIDERS } from '../../../src/core/providers/registry';
import type { Verdict } from '../../../src/core/verdict/types';
import { PageSnapshotSchema } from '../../../src/shared/snapshot-schema';
import * as v from 'valibot';
import { domFrom } from '../page/fixture-dom';
import { deviceCodeHtml } from './fixtures';

const MSAL_SOURCE =
  /AzureAD\/microsoft-authentication-library-for-java\/blob\/[0-9a-f]{40}\/.+SeleniumConstants\.java$/;
const NOW = 1_800_000_000_000;
const NONE: Pick<Verdict, 'kind' | 'providerId'> = { kind: 'none', providerId: null };
const ENTRY: Pick<Verdict, 'kind' | 'providerId'> = { kind: 'device-code', providerId: 'entra-id' };

/** The lines the content script's snapshot keeps of a fixture, read as a browser at `url` would show it. */
function linesOf(file: string, url: string): readonly string[] {
  const { window } = domFrom(deviceCodeHtml(file), url);
  const snapshot = takeSnapshot(window.document);
  // What the background is handed has passed the message schema.
  return v.parse(PageSnapshotSchema, snapshot).appLines ?? [];
}

const started: CodeTrail = { providerId: 'entra-id', account: 'Microsoft', startedAt: NOW - 60_000, named: null };
const github: CodeTrail = { ...started, providerId: 'github', account: 'GitHub' };

/** What happens to the trail: it ends, goes on naming nothing, or names this app. */
type Outcome = 'ends' | 'kept' | { readonly app: string };
/** The trail before, the fixture shown, where it is shown, and the outcome. */
type Row = readonly [name: string, trail: CodeTrail | null, file: string, url: string, outcome: Outcome];

const PROMPT = 'after-code/entra-app-prompt.html';
const PICK = 'after-code/entra-pick-account.html';
const LOGIN = 'https://login.microsoftonline.com/common/login';
const CLI = { app: 'Microsoft Azure CLI' };
const expired: CodeTrail = { ...started, startedAt: NOW - CODE_LIFETIME_MS - 1 };

const ROWS: readonly Row[] = [
  ['the prompt after the code names the app', started, PROMPT, LOGIN, CLI],
  ['on the other sign-in origin too', started, PROMPT, 'https://login.microsoft.com/organizations/login', CLI],
  ['the steps between keep the trail, naming nothing', started, PICK, `${LOGIN}/pick`, 'kept'],
  ['Microsoft’s other origins keep it, naming nothing', started, PROMPT, 'https://login.live.com/x', 'kept'],
  ['the same prompt reached without a code page names nothing', null, PROMPT, LOGIN, 'ends'],
  ['a look-alike host ends the trail', started, PROMPT, 'https://login.microsoftonline.com.evil.example/', 'ends'],
  ['over plain HTTP it is not the provider', started, PROMPT, 'http://login.microsoftonline.com/common/login', 'ends'],
  ["another provider's trail is not Microsoft's prompt", github, PROMPT, LOGIN, 'ends'],
  ['a code older than its lifetime names nothing', expired, PROMPT, LOGIN, 'ends'],
];

describe('the tab’s way from a device-code page to the page that names the app', () => {
  it.each(ROWS)('%s', (_name, trail, file, url, outcome) => {
    const next = followTrail(trail, { url, verdict: NONE, lines: linesOf(file, url), now: NOW }, PROVIDERS);
    if (outcome === 'ends') {
      expect(next).toBeNull();
    } else if (outcome === 'kept') {
      expect(next).toEqual({ ...trail, named: null });
    } else {
      expect(next?.named?.app).toBe(outcome.app);
      expect(next?.named?.source).toMatch(MSAL_SOURCE);
      expect(next?.startedAt).toBe(trail?.startedAt);
    }
  });

  it('starts at the provider’s code entry page, and starts again there', () => {
    const url = 'https://login.microsoftonline.com/common/oauth2/deviceauth';
    const step = { url, verdict: ENTRY, lines: linesOf('entra-deviceauth.html', url), now: NOW };
    const expected = { providerId: 'entra-id', account: 'Microsoft', startedAt: NOW, named: null };
    expect(followTrail(null, step, PROVIDERS)).toEqual(expected);
    const named: CodeTrail = { ...started, named: { app: 'Old app', source: 'x' } };
    expect(followTrail(named, step, PROVIDERS)).toEqual(expected);
  });

  it('does not start at a page that is not a code entry page', () => {
    const url = 'https://login.microsoftonline.com/common/login';
    expect(followTrail(null, { url, verdict: NONE, lines: [], now: NOW }, PROVIDERS)).toBeNull();
  });

  it('forgets the app when the next document loads, and the whole trail once the code has expired', () => {
    const named: CodeTrail = { ...started, named: { app: 'Microsoft Azure CLI', source: 'x' } };
    expect(trailOnNavigation(named, NOW)).toEqual(started);
    expect(trailOnNavigation(named, started.startedAt + CODE_LIFETIME_MS + 1)).toBeNull();
    expect(trailOnNavigation(null, NOW)).toBeNull();
  });

  it('keeps only the lines that may name an app, as written', () => {
    expect(linesOf(PROMPT, 'https://login.microsoftonline.com/common/login')).toEqual([
      'Are you trying to sign in to Microsoft Azure CLI?',
    ]);
    // Kept for its first words; the whole question is the background's to read, and this one names no app.
    expect(linesOf(PICK, 'https://login.microsoftonline.com/common/login')).toEqual([
      'Are you trying to sign in to a different account? Use another account below.',
    ]);
    expect(linesOf('entra-deviceauth.html', 'https://login.microsoftonline.com/common/oauth2/deviceauth')).toEqual([]);
  });

  it('reads the name from a line as written: its spacing and invisible characters do not hide it', () => {
    const url = 'https://login.microsoftonline.com/common/login';
    const line = '  Are you\n  trying to sign in to\u200b Contoso \u00a0 Notes ?';
    const next = followTrail(started, { url, verdict: NONE, lines: [line], now: NOW }, PROVIDERS);
    expect(next?.named?.app).toBe('Contoso Notes');
  });

  it('reads no name longer than an approval page’s (120 characters)', () => {
    const long = `Are you trying to sign in to ${'A'.repeat(119)}?`;
    const url = 'https://login.microsoftonline.com/common/login';
    const next = followTrail(started, { url, verdict: NONE, lines: [long], now: NOW }, PROVIDERS);
    expect(next?.named?.app).toBe('A'.repeat(119));
    const longer = `Are you trying to sign in to ${'A'.repeat(121)}?`;
    expect(followTrail(started, { url, verdict: NONE, lines: [longer], now: NOW }, PROVIDERS)?.named).toBeNull();
  });
});
