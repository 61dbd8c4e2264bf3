import { beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment, type TestPage } from './support/browsers';
import { details, FakeDelegatedAuth } from './support/fake-delegated-auth';

const ADO = 'app.vssps.visualstudio.com';
const QUERY =
  '?client_id=5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11&response_type=Assertion&state=b7f3a9&scope=vso.code%20vso.work_write%20vso.build&redirect_uri=https%3A%2F%2Freleasenotes.contoso.example%2Foauth%2Fcallback';
const POPUP = 'src/popup/index.html?tab=999999';
const GRANTS_PANEL = 'section[aria-labelledby="grants-title"]';

describe.each(BROWSERS)('Authorizations in the popup, in %s', (name) => {
  const env = useEnvironment(name);
  let service: FakeDelegatedAuth;

  beforeEach(() => {
    service = new FakeDelegatedAuth();
    service.serveOn(env.server);
  });

  /** The popup once it shows the live list: until then it may show the list remembered from an earlier opening. */
  async function openPopup(status: string): Promise<TestPage> {
    const page = await env.browser.openExtensionPage(POPUP);
    await page.waitFor(`${GRANTS_PANEL}[aria-busy="false"] [data-provider="azure-devops"][data-status="${status}"]`);
    return page;
  }

  const text = (page: TestPage): Promise<string> => page.evaluate<string>('document.body.innerText');

  /** Focus moves after a render; poll for it rather than racing it. */
  async function expectFocusOn(page: TestPage, label: string | RegExp): Promise<void> {
    const deadline = Date.now() + 5_000;
    let last: string | undefined;
    while (Date.now() < deadline) {
      last = (await page.focused())?.label;
      if (last !== undefined && (typeof label === 'string' ? last === label : label.test(last))) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`focus did not reach ${String(label)}; it is on ${String(last)}`);
  }

  it('lists the live grants with publisher, scopes in plain words, dates and redirect host', async () => {
    service.grants = [
      details('a-1', 'Contoso Release Notes', 'C0FFEE01-0000-4000-8000-000000000001', 'vso.code_full vso.work'),
      details('a-2', 'Fabrikam Boards', 'C0FFEE01-0000-4000-8000-000000000002'),
    ];
    const page = await openPopup('ok');
    const shown = await text(page);
    expect(shown).toContain('Contoso Release Notes');
    expect(shown).toContain('by Contoso Ltd');
    expect(shown).toContain('Code (full)');
    expect(shown).toContain('High privilege');
    expect(shown).toContain('releasenotes.contoso.example');
    expect(shown).toContain('2030');
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('#grants-title ~ section button.revoke')].map((button) =>
        button.textContent.trim(),
      ),
    );
    expect(names).toEqual(['Revoke Contoso Release Notes', 'Revoke Fabrikam Boards']);
  });

  it('revokes a grant: the POST names it, the list is read again, and the grant is gone', async () => {
    service.grants = [
      details('a-1', 'Contoso Release Notes', 'C0FFEE01-0000-4000-8000-000000000001'),
      details('a-2', 'Fabrikam Boards', 'C0FFEE01-0000-4000-8000-000000000002'),
    ];
    const page = await openPopup('ok');
    const getsBefore = service.gets;
    await page.click('[data-grant-id="a-1"] button.revoke');
    await page.waitFor('[data-grant-id="a-1"] .confirm');
    expect(await text(page)).toContain("Take back Contoso Release Notes's access?");
    await page.click('[data-grant-id="a-1"] button.danger');
    await page.waitFor('[data-grant-id="a-1"]', { state: 'detached' });
    expect(service.posts).toHaveLength(1);
    expect(service.posts[0]).toMatchObject({ id: 'a-1', apiVersion: '3.2-preview.1' });
    expect(service.posts[0]?.origin).toMatch(/^(?:chrome|moz)-extension:\/\//);
    expect(service.gets).toBeGreaterThan(getsBefore);
    expect(await page.evaluate(() => document.querySelector('[data-grant-id="a-2"]') !== null)).toBe(true);
    expect(await text(page)).toContain('Revoked Contoso Release Notes');
  });

  it('keeps the grant listed with the error and a Retry when revoking fails (500)', async () => {
    service.grants = [details('a-1', 'Contoso Release Notes', 'C0FFEE01-0000-4000-8000-000000000001')];
    service.revokeStatus = 500;
    const page = await openPopup('ok');
    await page.click('[data-grant-id="a-1"] button.revoke');
    await page.click('[data-grant-id="a-1"] button.danger');
    await page.waitFor('[data-grant-id="a-1"] .revoke-error');
    const shown = await text(page);
    expect(shown).toContain('Could not revoke Contoso Release Notes');
    expect(shown).toContain('HTTP 500');
    await expectFocusOn(page, /^Retry revoking Contoso Release Notes/);

    service.revokeStatus = 200;
    await page.click('[data-grant-id="a-1"] .revoke-error button');
    await page.waitFor('[data-grant-id="a-1"]', { state: 'detached' });
    expect(service.posts.map((post) => post.id)).toEqual(['a-1', 'a-1']);
  });

  it('offers "Sign in to Azure DevOps" when the service says 401', async () => {
    service.mode = 'signed-out';
    const page = await openPopup('signed-out');
    const link = await page.evaluate(() => {
      const anchor = document.querySelector<HTMLAnchorElement>('a.sign-in');
      return anchor ? { text: anchor.textContent.trim(), href: anchor.href } : null;
    });
    expect(link).toEqual({ text: 'Sign in to Azure DevOps', href: 'https://app.vssps.visualstudio.com/Profile/View' });
  });

  it('explains a malformed answer and links to the management pages', async () => {
    service.mode = 'malformed';
    const page = await openPopup('error');
    expect(await text(page)).toContain('Could not read your Azure DevOps authorizations');
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('[data-provider="azure-devops"] a')].map((a) => a.href),
    );
    expect(links).toContain('https://app.vssps.visualstudio.com/Profile/View');
  });

  it('records an approval accepted with a real click on the verified page, and shows it in the popup', async () => {
    env.server.route(ADO, '/oauth2/authorize', { file: 'pages/approval/ado-authorize.html' });
    const url = `https://${ADO}/oauth2/authorize${QUERY}`;
    const approval = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: 'OK', color: 'green' });
    // A page-made click plants nothing.
    await approval.evaluate(() => {
      const form = document.querySelector('form');
      const hold = (event: Event): void => {
        event.preventDefault();
      };
      form?.addEventListener('submit', hold);
      document.querySelector<HTMLButtonElement>('button.primary')?.click();
      document.querySelector('button.primary')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      form?.removeEventListener('submit', hold);
    });
    const before = await openPopup('ok');
    expect(await before.evaluate(() => document.querySelector('[data-source="recorded"]') === null)).toBe(true);
    await before.close();

    await approval.click('button.primary');
    await env.server.waitForRequest(
      (request) => request.method === 'POST' && request.path.startsWith('/oauth2/authorize'),
    );
    const page = await env.browser.openExtensionPage(POPUP);
    await page.waitFor('[data-provider="azure-devops"] [data-source="recorded"]');
    const shown = await text(page);
    expect(shown).toContain('Contoso Release Notes');
    expect(shown).toContain('Consent Guard saw you approve this app');
    expect(shown).toContain('New since you last opened Consent Guard');
    expect(shown).toContain('Work items (read and write)');
    expect(shown).toContain('releasenotes.contoso.example');
  });

  it('shows the list remembered from the last opening at once, marked as being checked, until the slow service answers', async () => {
    service.grants = [details('a-1', 'Contoso Release Notes', 'C0FFEE01-0000-4000-8000-000000000001')];
    await (await openPopup('ok')).close();

    service.grants = [...service.grants, details('a-2', 'Fabrikam Boards', 'C0FFEE01-0000-4000-8000-000000000002')];
    let release: () => void = () => undefined;
    service.held = new Promise((resolve) => {
      release = resolve;
    });
    const page = await env.browser.openExtensionPage(POPUP);
    await page.waitFor(`${GRANTS_PANEL}[aria-busy="true"] [data-grant-id="a-1"]`);
    const remembered = await text(page);
    expect(remembered).toContain('Checking this list with the providers');
    expect(remembered).not.toContain('Fabrikam Boards');

    release();
    service.held = null;
    await page.waitFor(`${GRANTS_PANEL}[aria-busy="false"] [data-grant-id="a-2"]`);
    expect(await text(page)).not.toContain('Checking this list with the providers');
  });

  it('revokes with the keyboard alone: Tab to Revoke, Enter, confirm with Enter', async () => {
    service.grants = [details('k-1', 'Keyboard Only App', 'C0FFEE01-0000-4000-8000-0000000000aa')];
    const page = await openPopup('ok');
    await page.tabTo('[data-grant-id="k-1"] button.revoke', 80);
    expect((await page.focused())?.label).toBe('Revoke Keyboard Only App');
    await page.press('Enter');
    await page.waitFor('[data-grant-id="k-1"] .confirm');
    await expectFocusOn(page, 'Yes, revoke access');
    await page.press('Enter');
    await page.waitFor('[data-grant-id="k-1"]', { state: 'detached' });
    expect(service.posts.map((post) => post.id)).toEqual(['k-1']);
    expect(await page.evaluate(() => document.querySelector('[aria-live="polite"]')?.textContent)).toContain(
      'Revoked Keyboard Only App',
    );
  });

  // Firefox lets the user withhold an MV3 extension's host permissions (about:addons, Permissions); Chromium grants
  // them at install and refuses to remove them.
  it.runIf(name === 'firefox')(
    'says why it cannot list without access to Azure DevOps, asks for it, and then lists',
    async () => {
      service.grants = [details('p-1', 'Permission Test App', 'C0FFEE01-0000-4000-8000-0000000000bb')];
      // Opened until its own list has arrived, so that no request of its own is counted below.
      const setup = await openPopup('ok');
      // Firefox counts the content scripts' match patterns as host permissions too: a user who turned off the
      // extension's access to websites has withheld all three.
      const removed = await setup.evaluate<boolean>(
        `(globalThis.browser ?? globalThis.chrome).permissions.remove({ origins: ['https://${ADO}/*', 'https://*/*', 'http://*/*'] })`,
      );
      expect(removed).toBe(true);
      await setup.close();
      const getsBefore = service.gets;

      const page = await openPopup('needs-access');
      expect(await text(page)).toContain(
        'Consent Guard needs your permission to read your Azure DevOps authorizations.',
      );
      expect(service.gets).toBe(getsBefore);
      await page.click('button.allow-access');
      await page.waitFor(
        `${GRANTS_PANEL}[aria-busy="false"] [data-provider="azure-devops"][data-status="ok"] [data-grant-id="p-1"]`,
      );
      expect(service.gets).toBeGreaterThan(getsBefore);
    },
  );
});
