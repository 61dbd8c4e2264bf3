import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { BROWSERS, useEnvironment } from './support/browsers';
import type { TestPage } from './support/driver';

const ON_PREM = 'devops.contoso.example';
const QUERY =
  '?client_id=5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11&response_type=Assertion&state=b7f3a9&scope=vso.code&redirect_uri=https%3A%2F%2Freleasenotes.contoso.example%2Foauth%2Fcallback';
const OPTIONS = 'src/options/index.html';

/** Puts a file into the import control as a user picking it would, then lets the page read it. */
async function chooseImportFile(page: TestPage, text: string): Promise<void> {
  await page.evaluate((content: string) => {
    const input = document.getElementById('import-file') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'settings.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

const outcome = (page: TestPage): Promise<{ kind: string | null; text: string }> =>
  page.evaluate(() => {
    const node = document.querySelector('[data-outcome]');
    return { kind: node?.getAttribute('data-outcome') ?? null, text: node?.textContent ?? '' };
  });

describe.each(BROWSERS)('options page in %s', (name) => {
  const env = useEnvironment(name);

  it('has no axe violations, also while it shows an input error', async () => {
    const page = await env.browser.openExtensionPage(OPTIONS);
    await page.waitFor('#origin-input');
    expect(await page.title()).toBe('Consent Guard settings');
    expect(await axeViolations(page)).toEqual([]);
    await page.type('#origin-input', 'http://not-https.example/path');
    await page.click('.add-origin button[type="submit"]');
    await page.waitFor('#origin-problem');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('trusts an on-premises Azure DevOps origin added by keyboard alone: its approval page then verifies', async () => {
    env.server.route(ON_PREM, '/oauth2/authorize', { file: 'pages/approval/ado-authorize.html' });
    const url = `https://${ON_PREM}/oauth2/authorize${QUERY}`;
    await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '!' });

    const page = await env.browser.openExtensionPage(OPTIONS);
    await page.waitFor('#origin-input');
    await page.tabTo('#origin-input');
    await page.type('#origin-input', `https://${ON_PREM}/`);
    await page.press('Enter');
    await page.waitFor(`[data-origin="https://${ON_PREM}"]`);
    expect(await page.evaluate<string>('document.querySelector(\'[role="status"]\').textContent')).toContain(
      `Added https://${ON_PREM} as Azure DevOps`,
    );

    const again = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: 'OK', title: /Verified Azure DevOps approval page/ });
    await again.close();

    await page.click(`[data-origin="https://${ON_PREM}"] button`);
    await page.waitFor(`[data-origin="https://${ON_PREM}"]`, { state: 'detached' });
  });

  it('turns a provider off and keeps the choice', async () => {
    const page = await env.browser.openExtensionPage(OPTIONS);
    await page.waitFor('input[data-provider="github"]');
    await page.click('input[data-provider="github"]');
    await page.waitFor('input[data-provider="github"]:not(:checked)', { state: 'attached' });
    // A fresh page (the harness cannot reload extension pages in Firefox) reads the stored choice.
    await page.close();
    const again = await env.browser.openExtensionPage(OPTIONS);
    await again.waitFor('input[data-provider="github"]', { state: 'attached' });
    expect(
      await again.evaluate(() => (document.querySelector('input[data-provider="github"]') as HTMLInputElement).checked),
    ).toBe(false);
    expect(
      await again.evaluate(() => (document.querySelector('input[data-provider="google"]') as HTMLInputElement).checked),
    ).toBe(true);
    await again.click('input[data-provider="github"]');
    await again.waitFor('input[data-provider="github"]:checked', { state: 'attached' });
  });

  it('rejects a bad import with a clear message and changes nothing, then imports a good one', async () => {
    const page = await env.browser.openExtensionPage(OPTIONS);
    await page.waitFor('#import-file', { state: 'attached' });
    await chooseImportFile(page, '{"name": "not an export"}');
    await page.waitFor('[data-outcome="problem"]', { state: 'attached' });
    expect(await outcome(page)).toEqual({
      kind: 'problem',
      text: 'This file is not a valid Consent Guard export: "format" is missing or wrong. Nothing was changed.',
    });
    expect(await page.evaluate(() => document.querySelectorAll('[data-origin]').length)).toBe(0);

    const file = {
      format: 'consent-guard-export',
      version: 1,
      exportedAt: 1,
      settings: {
        disabledProviders: [],
        trustedOrigins: [{ origin: 'https://tfs.fabrikam.example', providerId: 'azure-devops' }],
      },
      passwordAlert: { enabled: false },
      grants: [],
    };
    await chooseImportFile(page, JSON.stringify(file));
    await page.waitFor('[data-origin="https://tfs.fabrikam.example"]');
    expect(await outcome(page)).toEqual({ kind: 'ok', text: 'Imported 0 recorded approvals and 1 trusted addresses.' });
    await page.click('[data-origin="https://tfs.fabrikam.example"] button');
    await page.waitFor('[data-origin]', { state: 'detached' });
  });
});
