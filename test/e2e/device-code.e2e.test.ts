import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment } from './support/browsers';
import { ENTRA_FIXTURE, ENTRA_HOST, ENTRA_PATH, ENTRA_URL, expectNote, posts, submitCode } from './support/device-code';
import type { TestPage } from './support/driver';
import { FIXTURES_DIR } from './support/paths';
import { expectWarning, warningState } from './support/warning';

interface DeviceCodeCase {
  readonly file: string;
  readonly expect: 'genuine' | 'lure' | 'quiet';
  readonly host: string;
  readonly path: string;
}

const cases = (
  JSON.parse(readFileSync(join(FIXTURES_DIR, 'pages/device-code/cases.json'), 'utf8')) as { cases: DeviceCodeCase[] }
).cases;

const CHAT_HOST = 'chat.partner-workspace.example';
/** The fixtures' links to a device-code page. */
const DEVICE_LINK = 'a[href*="devicelogin"], a[href*="deviceauth"], a[href*="login/device"], a[href$="/link"]';

/**
 * What a user does before acting on a lure: reaching its link (here by focus; pointing at it does the same), or,
 * where it prints the address without one, copying from it. The content script may still be starting as the page
 * opens, so this is done again until the badge has a word.
 */
async function reachDeviceLink(page: TestPage): Promise<void> {
  await page.evaluate((selector) => {
    const link = document.querySelector<HTMLElement>(selector);
    if (!link) {
      document.body.dispatchEvent(new Event('copy', { bubbles: true }));
      return;
    }
    link.blur();
    link.focus();
  }, DEVICE_LINK);
}

describe.each(BROWSERS)('device-code sign-in in %s', (name) => {
  const env = useEnvironment(name);

  it.each(cases.map((entry) => [entry.file, entry.expect, entry] as const))(
    '%s → %s',
    async (_file, _expect, entry) => {
      env.server.route(entry.host, entry.path, { file: `pages/device-code/${entry.file}` });
      const url = `https://${entry.host}${entry.path}`;
      const page = await env.browser.open(url);
      switch (entry.expect) {
        case 'genuine':
          await env.browser.expectBadge(
            url,
            { text: '?', title: /enter a code only if you started this sign-in yourself/ },
            8_000,
          );
          await expectNote(page);
          expect((await warningState(page)).present).toBe(false);
          break;
        case 'lure':
          // A page the wake gate keeps out is not read as it loads: the inspection wakes when the user reaches the
          // link or copies from the page.
          await expect
            .poll(
              async () => {
                await reachDeviceLink(page);
                return (await warningState(page)).present;
              },
              { timeout: 8_000, interval: 500 },
            )
            .toBe(true);
          await env.browser.expectBadge(url, { text: '!', color: 'red', title: /code/ }, 8_000);
          await expectWarning(page);
          break;
        case 'quiet':
          // Reaching the link, or copying, wakes the inspection here too: quiet is its judgement.
          await new Promise((resolve) => setTimeout(resolve, 500));
          await reachDeviceLink(page);
          await env.browser.expectBadge(url, { text: '' });
          expect((await warningState(page)).present).toBe(false);
          break;
      }
    },
  );

  it('lets the code through when the user came to the page directly', async () => {
    env.server.route(ENTRA_HOST, ENTRA_PATH, { file: ENTRA_FIXTURE });
    const page = await env.browser.open(ENTRA_URL);
    await expectNote(page);
    const before = posts(env);
    await submitCode(page);
    await expect.poll(() => posts(env), { timeout: 5_000 }).toBe(before + 1);
  });

  it('holds the code when the tab came from another site', async () => {
    env.server.route(ENTRA_HOST, ENTRA_PATH, { file: ENTRA_FIXTURE });
    env.server.route(CHAT_HOST, '/thread', {
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Chat</title></head><body><p>Here is the link:</p><a id="go" href="${ENTRA_URL}">sign in</a></body></html>`,
    });
    const chat = await env.browser.open(`https://${CHAT_HOST}/thread`);
    await chat.click('#go');
    await chat.waitForUrl(ENTRA_URL);
    await expectNote(chat);
    expect(await chat.evaluate(() => document.referrer)).toContain(CHAT_HOST);
    const before = posts(env);
    await submitCode(chat);
    // The page's own attempt is held too.
    await chat.evaluate(() => document.querySelector('form')?.requestSubmit());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(posts(env)).toBe(before);
  });
});
