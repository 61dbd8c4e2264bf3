import { describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment } from './support/browsers';
import type { TestPage } from './support/driver';
import { expectWarning, popupText } from './support/warning';

const HOST = 'login-microsoftonline.example.test';

/** The local report log, read from an extension page (the only place storage.local is reachable from). */
async function reportLog(page: TestPage): Promise<{ kind: string; page: string }[]> {
  return page.evaluate(async () => {
    interface StorageApi {
      readonly storage: { readonly local: { get(key: string): Promise<Record<string, unknown>> } };
    }
    const globals = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    const api = globals.browser ?? globals.chrome;
    const stored = api
      ? ((await api.storage.local.get('consent-guard'))['consent-guard'] as
          { reports?: { kind: string; page: string }[] } | undefined)
      : undefined;
    return (stored?.reports ?? []).map((report) => ({ kind: report.kind, page: report.page }));
  });
}

describe.each(BROWSERS)('reporting a problem in %s', (name) => {
  const env = useEnvironment(name);

  it('from the in-page warning by keyboard, and from the popup: both land in the local log', async () => {
    env.server.route(HOST, '/common/login', { file: 'pages/phishing/ms-signin-clone.html' });
    const url = `https://${HOST}/common/login?session=secret`;
    const page = await env.browser.open(url);
    await expectWarning(page);
    // Focus starts on "Go back"; the report row follows it.
    expect((await page.tab())?.consentGuard).toBe('warning');
    await page.press('Enter');
    const badge = await env.browser.expectBadge(url, { text: '!' });

    const { page: popup } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    await popup.click('[data-report="phishing"]');
    await popup.waitFor('.report-status:not(:empty)');
    expect(await popup.evaluate<string>('document.querySelector(".report-status").textContent')).toBe(
      'Thank you. Your report was recorded.',
    );

    const expectedPage = `https://${HOST}/common/login`;
    await expect
      .poll(() => reportLog(popup))
      .toEqual([
        { kind: 'safe', page: expectedPage },
        { kind: 'phishing', page: expectedPage },
      ]);
  });
});
