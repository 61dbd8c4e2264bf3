import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment, type ExtensionBrowser } from './support/browsers';
import { FIXTURES_DIR } from './support/paths';
import { expectWarning, warningState } from './support/warning';

interface FixtureRecord {
  readonly file: string;
  readonly category: 'phishing' | 'legit' | 'approval';
  readonly host: string;
  readonly path: string;
  readonly expectedBadge: '!' | 'OK' | '';
  /** Inspected once a credential field gets focus: the test focuses it, as a user about to type would. */
  readonly focusFirst?: boolean;
}

const corpus = (
  JSON.parse(readFileSync(join(FIXTURES_DIR, 'pages/manifest.json'), 'utf8')) as { fixtures: FixtureRecord[] }
).fixtures.filter((record) => record.category !== 'approval');

const CLONE = 'pages/phishing/ms-signin-clone.html';
const CLONE_HOST = 'login.microsoftonline.com.account-verify.net';
const COLLECTOR = 'collect.o365-mailbox-upgrade.test';

async function badgeOfTab(browser: ExtensionBrowser, tabId: number): Promise<string> {
  const page = await browser.openExtensionPage('src/popup/index.html?tab=0');
  return page.evaluate<string>(`(globalThis.browser ?? globalThis.chrome).action.getBadgeText({ tabId: ${tabId} })`);
}

describe.each(BROWSERS)('credential phishing in %s', (name) => {
  const env = useEnvironment(name);
  const outcomes: { record: FixtureRecord; warned: boolean }[] = [];

  it.each(corpus.map((record) => [record.file, record.expectedBadge, record] as const))(
    '%s → badge %j',
    async (_file, _badge, record) => {
      env.server.route(record.host, record.path.split('?')[0] ?? '/', { file: `pages/${record.file}` });
      const url = `https://${record.host}${record.path}`;
      const page = await env.browser.open(url);
      if (record.focusFirst) {
        await env.browser.expectBadge(url, { text: '' });
        await page.evaluate(() => {
          const hosts = Array.from(document.querySelectorAll('*')).filter((el) => el.shadowRoot);
          const field = hosts.map((el) => el.shadowRoot?.querySelector('input')).find((input) => input);
          field?.focus();
        });
      }
      // Pages that change after load (a form injected 1.5 s later) get the time they need.
      await env.browser.expectBadge(
        url,
        { text: record.expectedBadge, ...(record.expectedBadge === '!' ? { color: 'red' } : {}) },
        8_000,
      );
      if (record.expectedBadge === '!') await expectWarning(page);
      else expect((await warningState(page)).present).toBe(false);
      outcomes.push({ record, warned: (await warningState(page)).present });
    },
  );

  afterAll(() => {
    const phishing = outcomes.filter((o) => o.record.category === 'phishing');
    const legit = outcomes.filter((o) => o.record.category === 'legit');
    const detected = phishing.filter((o) => o.warned).length;
    const falsePositives = legit.filter((o) => o.warned).length;
    console.log(
      `e2e corpus in ${name}: detected ${detected}/${phishing.length} phishing pages, false positives ${falsePositives}/${legit.length} legitimate pages`,
    );
  });

  it('holds the password form while the warning stands, and lets it go after a deliberate "Continue anyway"', async () => {
    env.server.route(CLONE_HOST, '/common/login', { file: CLONE });
    env.server.route(COLLECTOR, '/submit.php', { body: 'stolen' });
    const url = `https://${CLONE_HOST}/common/login`;
    const page = await env.browser.open(url);
    await expectWarning(page);

    // The page tries to send the form itself: the guard holds it.
    await page.evaluate(() => document.querySelector('form')?.requestSubmit());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(env.server.requestsTo(COLLECTOR)).toEqual([]);

    // Keyboard only: focus starts on "Go back"; the deliberate path is Shift+Tab, Enter, Enter.
    expect((await page.focused())?.consentGuard).toBe('warning');
    await page.press('Shift+Tab');
    await page.press('Enter');
    expect((await warningState(page)).present).toBe(true);
    await page.press('Enter');
    await expect.poll(async () => (await warningState(page)).present, { timeout: 5_000 }).toBe(false);
    await env.browser.expectBadge(url, { text: '!' });

    await page.evaluate(() => document.querySelector('form')?.requestSubmit());
    await env.server.waitForRequest((request) => request.host === COLLECTOR);
  });

  it('puts the warning back when the page removes it, then switches to the full-page warning', async () => {
    const fighter = `${readFileSync(join(FIXTURES_DIR, CLONE), 'utf8')}
      <script>
        // The fight starts once the warning has had a moment on screen, so the test can see the verdict before the
        // extension gives up on the page and the tab moves to the full-page warning.
        setTimeout(() => setInterval(() => document.querySelectorAll('[data-consent-guard]').forEach((node) => node.remove()), 150), 1_500);
      </script>`;
    env.server.route('account-check.example', '/signin', { body: fighter });
    const url = 'https://account-check.example/signin';
    const page = await env.browser.open(url);
    const { tabId } = await env.browser.expectBadge(url, { text: '!' });
    await page.waitForUrl((current) => current.startsWith(env.browser.extensionUrl('src/warning/index.html')), 10_000);
    await page.waitFor('[data-consent-guard="blocked-page"]');
    expect(await page.evaluate<string>('document.body.innerText')).toContain('kept hiding');
    await expect.poll(() => badgeOfTab(env.browser, tabId), { timeout: 5_000 }).toBe('!');
  });

  it('warns in the top page when a provider-branded credential form sits in a cross-origin frame', async () => {
    env.server.route(CLONE_HOST, '/common/login', { file: CLONE });
    const top = 'https://quarterly-report.example/view';
    env.server.route('quarterly-report.example', '/view', {
      body: `<!doctype html><title>Q3 report</title><h1>Quarterly report</h1><iframe src="https://${CLONE_HOST}/common/login" width="600" height="600"></iframe>`,
    });
    const page = await env.browser.open(top);
    await env.browser.expectBadge(top, { text: '!', color: 'red' });
    await expectWarning(page);
  });
});
