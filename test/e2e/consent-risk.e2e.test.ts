import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment } from './support/browsers';
import type { TestPage } from './support/driver';
import { popupText, warningState } from './support/warning';

const ADO = 'app.vssps.visualstudio.com';
const ENTRA = 'login.microsoftonline.com';
const LOW_RISK =
  '?client_id=5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11&response_type=Assertion&state=b7f3a9&scope=vso.code%20vso.work_write%20vso.build&redirect_uri=https%3A%2F%2Freleasenotes.contoso.example%2Foauth%2Fcallback';
const HIGH_RISK =
  '?client_id=9D2F51A7-3C44-4E1B-8A0B-22C6E5D1F0AA&response_type=Assertion&state=q81x&scope=vso.code_full%20vso.identity_manage%20vso.tokens&redirect_uri=https%3A%2F%2F203.0.113.7%2Foauth%2Fcallback';
const ENTRA_QUERY =
  '?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&state=z7&redirect_uri=https%3A%2F%2Fsecurity-update.contoso-support.com%2Fauth&scope=openid%20profile%20offline_access%20Mail.Read%20Files.ReadWrite.All%20Contacts.Read';

/** Whether the extension's confirmation is on the page: its host, a child of <html>, is all a page can see of it. */
async function holdShown(page: TestPage): Promise<boolean> {
  return page.evaluate(() =>
    Array.from(document.documentElement.children).some(
      (el) => el.getAttribute('data-consent-guard') === 'consent-hold',
    ),
  );
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 250));

describe.each(BROWSERS)('consent phishing on the genuine page in %s', (name) => {
  const env = useEnvironment(name);
  let posts = 0;

  beforeEach(() => {
    posts = 0;
    env.server.route(ADO, '/oauth2/authorize', async (req, _res, ctx) => {
      if (req.method === 'POST') {
        posts += 1;
        ctx.send(200, '<!doctype html><title>Approved</title><p>The provider received the answer.</p>', 'text/html');
        return;
      }
      const file = ctx.url.searchParams.get('scope')?.includes('vso.code_full')
        ? 'approval/ado-authorize-risky.html'
        : 'approval/ado-authorize.html';
      ctx.send(200, await readFixture(file), 'text/html');
    });
  });

  it('shows ? (not OK) on a risky request on the genuine Entra consent prompt, and says why in the popup', async () => {
    env.server.route(ENTRA, '/common/oauth2/v2.0/authorize', { file: 'pages/approval/entra-consent-unverified.html' });
    const url = `https://${ENTRA}/common/oauth2/v2.0/authorize${ENTRA_QUERY}`;
    const page = await env.browser.open(url);
    const badge = await env.browser.expectBadge(url, { text: '?', title: /risky request/ });
    expect((await warningState(page)).present).toBe(false);
    const { text } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    expect(text).toContain('What this app could do');
    expect(text).toContain('High risk');
    expect(text).toContain('Microsoft Security Update');
    expect(text).toContain('unverified');
    expect(text).toContain('Mail, Contacts, Files');
  });

  it('holds Accept on a high-risk request with its own confirmation; "Approve anyway" lets the page’s own submit through', async () => {
    const url = `https://${ADO}/oauth2/authorize${HIGH_RISK}`;
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '?', title: /bare IP address/ });
    await page.click('button.primary');
    await until(() => holdShown(page), 'the confirmation');
    expect(posts).toBe(0);
    // Focus starts on Cancel; the next control is "Approve anyway". Keys are trusted input, as a click is. The
    // pauses let each focus move land before the next key (the machine running this tier is shared).
    expect((await page.focused())?.consentGuard).toBe('consent-hold');
    await settle();
    await page.press('Tab');
    await settle();
    // Space activates the button on key-up, so no key event is left to send to the page the POST navigates to.
    await page.press(' ');
    await until(() => posts === 1, 'the page’s own POST');
    await page.waitForUrl((current) => current.includes('/oauth2/authorize'));
  });

  it('"Cancel" keeps the answer back and moves focus to the page’s Deny', async () => {
    const url = `https://${ADO}/oauth2/authorize${HIGH_RISK}`;
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '?' });
    await page.click('button.primary');
    await until(() => holdShown(page), 'the confirmation');
    await page.press('Enter');
    await until(async () => !(await holdShown(page)), 'the confirmation to close');
    expect((await page.focused())?.label).toBe('Deny');
    expect(posts).toBe(0);
    // A page-made click is not the user: it is neither held nor turned into a confirmation.
    await page.evaluate(() => {
      document.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
      document.querySelector<HTMLButtonElement>('button.primary')?.click();
    });
    expect(await holdShown(page)).toBe(false);
  });

  it('never holds Deny, nor anything on a low-risk request', async () => {
    const risky = await env.browser.open(`https://${ADO}/oauth2/authorize${HIGH_RISK}`);
    await env.browser.expectBadge(`https://${ADO}/oauth2/authorize${HIGH_RISK}`, { text: '?' });
    await risky.click('button[value="deny"]');
    await until(() => posts === 1, 'the Deny POST');
    expect(await holdShown(risky).catch(() => false)).toBe(false);

    const url = `https://${ADO}/oauth2/authorize${LOW_RISK}`;
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: 'OK', color: 'green' });
    await page.click('button.primary');
    await until(() => posts === 2, 'the Accept POST');
  });
});

function readFixture(file: string): Promise<string> {
  return readFile(join(import.meta.dirname, '../fixtures/pages', file), 'utf8');
}
