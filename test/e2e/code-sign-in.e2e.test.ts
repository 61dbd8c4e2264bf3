import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment } from './support/browsers';
import { FIXTURES_DIR } from './support/paths';
import { popupText } from './support/warning';

const ENTRA_HOST = 'login.microsoftonline.com';
const ENTRA_PATH = '/common/oauth2/deviceauth';
const ENTRA_URL = `https://${ENTRA_HOST}${ENTRA_PATH}`;
/** Where the fixture's code page sends the browser after the code; no source gives the real address. */
const PROMPT_PATH = '/common/login';
const PROMPT_URL = `https://${ENTRA_HOST}${PROMPT_PATH}`;

const page = (file: string): string => readFileSync(join(FIXTURES_DIR, 'pages/device-code', file), 'utf8');
const NAMED = 'You are signing Microsoft Azure CLI in with a code.';

describe.each(BROWSERS)('the app a device code signs in, in the popup, in %s', (name) => {
  const env = useEnvironment(name);

  /** The prompt that names the app, in the browser's language (the fixture is English, as is the test browser). */
  function servePrompt(): void {
    env.server.route(ENTRA_HOST, PROMPT_PATH, { file: 'pages/device-code/after-code/entra-app-prompt.html' });
  }

  it('names the app after the user enters a code on the code page', async () => {
    env.server.route(ENTRA_HOST, ENTRA_PATH, (req, res, ctx) => {
      if (req.method === 'POST') {
        res.writeHead(303, { location: PROMPT_PATH });
        res.end();
        return;
      }
      ctx.send(200, page('entra-deviceauth.html'), 'text/html; charset=utf-8');
    });
    servePrompt();
    const tab = await env.browser.open(ENTRA_URL);
    // The code page has reported: the tab's way starts there.
    await env.browser.expectBadge(ENTRA_URL, { text: '?' }, 8_000);
    await tab.type('#otc', 'GKZAQ433Q');
    await tab.press('Enter');
    await tab.waitForUrl(PROMPT_URL);

    const badge = await env.browser.badgeFor(PROMPT_URL, 8_000);
    const { text } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    expect(text).toContain(NAMED);
    expect(text).toContain('If you did not start this on your own device just now, stop.');
    expect(text).toContain("The app's name as Microsoft's page shows it, after the code.");
  });

  it('names nothing when the same prompt is reached without a code page', async () => {
    servePrompt();
    await env.browser.open(PROMPT_URL);
    const badge = await env.browser.badgeFor(PROMPT_URL, 8_000);
    const { text } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    expect(text).not.toContain('with a code');
  });
});
