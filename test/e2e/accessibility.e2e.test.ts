import { describe, expect, it } from 'vitest';
import { axeViolations, warningMarkupScript } from './support/axe';
import { BROWSERS, useEnvironment } from './support/browsers';
import type { TestPage } from './support/driver';
import { expectWarning, popupText } from './support/warning';

const ADO = 'app.vssps.visualstudio.com';
const QUERY =
  '?client_id=5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11&response_type=Assertion&state=b7f3a9&scope=vso.code%20vso.work_write%20vso.build&redirect_uri=https%3A%2F%2Freleasenotes.contoso.example%2Foauth%2Fcallback';

const RISKY_QUERY =
  '?client_id=9D2F51A7-3C44-4E1B-8A0B-22C6E5D1F0AA&response_type=Assertion&state=q81x&scope=vso.code_full%20vso.identity_manage%20vso.tokens&redirect_uri=https%3A%2F%2F203.0.113.7%2Foauth%2Fcallback';

/**
 * axe-core on every surface a user reads, in both browsers. The in-page warning lives in a closed shadow root that
 * neither page scripts nor axe can enter, so its builder and styles are rendered into an open shadow root on a test
 * page instead (test/e2e/support/warning-markup-entry.ts): the same markup, and nothing new exposed to pages.
 */
describe.each(BROWSERS)('accessibility in %s', (name) => {
  const env = useEnvironment(name);

  /** A test page holding the in-page dialogs' own markup (warning-markup-entry.ts picks one by the path). */
  const openMarkupPage = async (path: '/warning' | '/hold', title: string): Promise<TestPage> => {
    const script = (await warningMarkupScript()).replaceAll('</', '<\\/');
    env.server.route('a11y.example.test', path, {
      body: `<!doctype html><html lang="en"><title>${title}</title><main><h1>Page behind</h1></main><script>${script}</script></html>`,
    });
    const page = await env.browser.open(`https://a11y.example.test${path}`);
    await page.waitFor('[data-test="warning-markup"]', { state: 'attached' });
    return page;
  };

  it('the popup on a verified approval page has no axe violations, and its language is set', async () => {
    env.server.route(ADO, '/oauth2/authorize', { file: 'pages/approval/ado-authorize.html' });
    const url = `https://${ADO}/oauth2/authorize${QUERY}`;
    await env.browser.open(url);
    const badge = await env.browser.expectBadge(url, { text: 'OK' });
    const { page } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    await page.waitFor('#grants-title ~ section[data-status]', { state: 'attached' });
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the popup on a dangerous page has no axe violations', async () => {
    const url = `http://${ADO}/oauth2/authorize${QUERY}`;
    env.server.route(ADO, '/oauth2/authorize', { file: 'pages/approval/ado-authorize.html' });
    await env.browser.open(url);
    const badge = await env.browser.expectBadge(url, { text: '!' });
    const { page, text } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    expect(text).toContain('Danger');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('axe itself is live: it reports a nameless button inside an open shadow root', async () => {
    env.server.route('a11y.example.test', '/broken', {
      body: `<!doctype html><html lang="en"><title>Broken</title><main><div id="h"></div></main>
        <script>document.getElementById('h').attachShadow({ mode: 'open' }).innerHTML = '<button></button>';</script></html>`,
    });
    const page = await env.browser.open('https://a11y.example.test/broken');
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('button-name');
  });

  it('the full-page warning has no axe violations', async () => {
    const page = await env.browser.openExtensionPage('src/warning/index.html?tab=999999');
    await page.waitFor('article[data-consent-guard="blocked-page"]');
    expect(await page.title()).toBe('Consent Guard: dangerous page blocked');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the in-page warning markup has no axe violations, in its first and its confirming state', async () => {
    const page = await openMarkupPage('/warning', 'Warning markup');
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const root = document.querySelector('[data-test="warning-markup"]')?.shadowRoot;
      root?.querySelector('dialog')?.classList.add('confirming');
    });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the popup on a risky approval page, with what the app could do, has no axe violations', async () => {
    env.server.route(ADO, '/oauth2/authorize', { file: 'pages/approval/ado-authorize-risky.html' });
    const url = `https://${ADO}/oauth2/authorize${RISKY_QUERY}`;
    await env.browser.open(url);
    const badge = await env.browser.expectBadge(url, { text: '?' });
    const { page, text } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    expect(text).toContain('What this app could do');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the consent confirmation markup has no axe violations', async () => {
    const page = await openMarkupPage('/hold', 'Confirmation markup');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the real in-page warning works from the keyboard alone: focus starts in it, and Tab never reaches the page behind', async () => {
    const host = 'login-microsoftonline.example.test';
    env.server.route(host, '/', { file: 'pages/phishing/ms-signin-clone.html' });
    const page = await env.browser.open(`https://${host}/`);
    await expectWarning(page);
    // Focus inside the closed shadow root shows, to the page, as focus on its host.
    expect((await page.focused())?.consentGuard).toBe('warning');
    // The modal dialog makes the page inert: focus moves between its buttons and the browser's own UI (null here).
    const seen: string[] = [];
    for (const backwards of [true, true, false, false, false]) {
      const focus = await page.tab(backwards);
      seen.push(focus === null ? 'browser' : (focus.consentGuard ?? `page <${focus.tag}>`));
    }
    expect(seen[0]).toBe('warning');
    expect(seen.filter((where) => where !== 'browser' && where !== 'warning')).toEqual([]);
  });
});
