/**
 * The organisation's policy as the browser hands it over (storage.managed), end to end, in Firefox.
 *
 * Firefox on Linux reads an extension's managed storage from a native manifest, `<id>.json` of type "storage", in
 * `~/.mozilla/managed-storage` (the user's, found through HOME) and then `/usr/lib/mozilla/managed-storage` (the
 * machine's); an enterprise `policies.json` "3rdparty" entry wins over both (MDN "Native manifests" and
 * "storage.managed"; Firefox's NativeManifests.sys.mjs and parent/ext-storage.js). This file gives its own Firefox a
 * temporary HOME holding that manifest, so no other browser on the machine sees the policy. Firefox ESR 140 and 153
 * both read it there; 153 did not read the same manifest from `$XDG_CONFIG_HOME/mozilla/managed-storage` in a home
 * without `.mozilla` (tried once), so the legacy folder is the one to deploy to.
 *
 * Chromium is not tested here: on Linux it reads managed policy only from /etc/chromium/policies/managed, one folder
 * for the whole machine, which every test browser running at the same time would pick up. Its side of the claims
 * stays with the unit tests (test/unit/settings/policy.test.ts and the background's).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useEnvironment } from './support/browsers';
import { ENTRA_FIXTURE, ENTRA_HOST, ENTRA_PATH, ENTRA_URL, expectNote, posts, submitCode } from './support/device-code';
import type { TestPage } from './support/driver';
import { extensionDir } from './support/paths';

const ORG_MESSAGE = 'Fabrikam IT: device-code sign-in is off here; sign in on the device itself, or call 555-0142.';
const TRUSTED_HOST = 'tfs.fabrikam.example';
/** Named in the policy by an entry of the wrong type: it must not be trusted, and it must not cost the others. */
const MALFORMED_HOST = 'tfs-old.fabrikam.example';
const ADO_QUERY =
  '?client_id=5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11&response_type=Assertion&state=b7f3a9&scope=vso.code' +
  '&redirect_uri=https%3A%2F%2Freleasenotes.fabrikam.example%2Foauth%2Fcallback';

const PASSWORD_SWITCH = '[aria-labelledby="password-alert-title"] input[type="checkbox"]';

/** What an administrator would deploy, with two mistakes in it (see src/shared/policy.ts: field by field). */
const POLICY = {
  deviceCodeSignIn: 'block',
  deviceCodeMessage: ORG_MESSAGE,
  trustedOrigins: [
    { origin: `https://${TRUSTED_HOST}`, providerId: 'azure-devops' },
    // Wrong type for an entry: a bare string where an object belongs. Costs this entry only.
    `https://${MALFORMED_HOST}`,
  ],
  // Wrong type for a key: a string where a boolean belongs. Ignored: the default (off) stays.
  forcePasswordAlert: 'yes',
};

/** A home folder holding the managed-storage manifest for `id`, as an administrator's tooling would write it. */
function homeWithManagedStorage(id: string, data: unknown): string {
  const home = mkdtempSync(join(tmpdir(), 'consent-guard-managed-'));
  const folder = join(home, '.mozilla', 'managed-storage');
  mkdirSync(folder, { recursive: true });
  const manifest = { name: id, description: 'Consent Guard policy (test)', type: 'storage', data };
  writeFileSync(join(folder, `${id}.json`), JSON.stringify(manifest));
  return home;
}

/**
 * Whether the page shows `text`, found the way Find in Page finds it: the note's closed shadow root keeps its content
 * from page scripts and selectors, but not from what the user sees.
 */
function pageShows(page: TestPage, text: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    getSelection()?.removeAllRanges();
    // window.find (non-standard, Firefox has it) searches the rendered page; arguments: case-sensitive, forwards,
    // no wrap-around, whole word off, search in frames off, no dialog.
    return (window as unknown as { find: (...args: unknown[]) => boolean }).find(
      wanted,
      true,
      false,
      true,
      false,
      false,
      false,
    );
  }, text);
}

/** The id Firefox knows the build under test by, which names its managed-storage manifest. */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir('firefox'), 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

describe('organisation policy from storage.managed in Firefox', () => {
  const home = homeWithManagedStorage(geckoId(), POLICY);
  // Registered before the environment's hooks, so it runs after the browser has closed.
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const env = useEnvironment('firefox', { firefoxHome: home });

  it('holds the code on the genuine page even when the user came directly, and shows the organisation’s words', async () => {
    env.server.route(ENTRA_HOST, ENTRA_PATH, { file: ENTRA_FIXTURE });
    const page = await env.browser.open(ENTRA_URL);
    await expectNote(page);
    // Without the policy this very arrival lets the code through (device-code.e2e.test.ts, "came to the page
    // directly"): the hold here is the policy's doing.
    expect(await page.evaluate(() => document.referrer)).toBe('');
    await expect.poll(() => pageShows(page, ORG_MESSAGE), { timeout: 8_000 }).toBe(true);
    expect(await pageShows(page, 'the code is held')).toBe(true);
    const before = posts(env);
    await submitCode(page);
    expect(await page.evaluate(() => (document.getElementById('otc') as HTMLInputElement).value)).toBe('GKZAQ433Q');
    // The page's own attempt is held too.
    await page.evaluate(() => document.querySelector('form')?.requestSubmit());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(posts(env)).toBe(before);
    expect(page.url()).toBe(ENTRA_URL);
  });

  it('finds nothing it was not told: the page check is live', async () => {
    env.server.route(ENTRA_HOST, ENTRA_PATH, { file: ENTRA_FIXTURE });
    const page = await env.browser.open(ENTRA_URL);
    await expectNote(page);
    expect(await pageShows(page, 'Enter code')).toBe(true);
    expect(await pageShows(page, 'Contoso IT: nothing of the sort')).toBe(false);
  });

  it('treats the policy’s trusted origin as the provider’s own, and only the well-formed one', async () => {
    for (const host of [TRUSTED_HOST, MALFORMED_HOST]) {
      env.server.route(host, '/oauth2/authorize', { file: 'pages/approval/ado-authorize.html' });
    }
    const trusted = `https://${TRUSTED_HOST}/oauth2/authorize${ADO_QUERY}`;
    await env.browser.open(trusted);
    await env.browser.expectBadge(trusted, { text: 'OK', title: /Verified Azure DevOps approval page/ }, 8_000);
    // The same page on the origin whose entry was malformed is what it is without a policy: an imitation.
    const malformed = `https://${MALFORMED_HOST}/oauth2/authorize${ADO_QUERY}`;
    await env.browser.open(malformed);
    await env.browser.expectBadge(malformed, { text: '!' }, 8_000);
  });

  it('shows what the policy manages, locked, and leaves out what it got wrong', async () => {
    const page = await env.browser.openExtensionPage('src/options/index.html');
    await page.waitFor(`[data-origin="https://${TRUSTED_HOST}"]`);
    // forcePasswordAlert: "yes" is not `true`: the user keeps the choice (the switch answers once its status loaded).
    await page.waitFor(`${PASSWORD_SWITCH}:not([disabled])`, { state: 'attached' });
    expect(await page.evaluate(() => document.getElementById('password-alert-managed'))).toBeNull();
    const shown = await page.evaluate(() => ({
      origins: Array.from(document.querySelectorAll('[data-origin]')).map((item) => ({
        origin: item.getAttribute('data-origin'),
        managed: item.querySelector('.managed-note') !== null,
        removable: item.querySelector('button') !== null,
      })),
      intro: document.querySelector('main > .managed-note') !== null,
    }));
    expect(shown).toEqual({
      origins: [{ origin: `https://${TRUSTED_HOST}`, managed: true, removable: false }],
      intro: true,
    });
  });
});
