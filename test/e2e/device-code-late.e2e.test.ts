import { describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment } from './support/browsers';
import { ENTRA_HOST, ENTRA_PATH, ENTRA_URL, NOTE_SELECTOR, notePresent } from './support/device-code';
import { expectWarning, warningState } from './support/warning';

const CHAT_HOST = 'desk.partner-support.example';

/** A help-desk chat with its composer (a form that POSTs, so the wake gate lets the page through) and no lure yet. */
const CHAT =
  '<!doctype html><html><head><meta charset="utf-8"><title>Support chat</title></head><body>' +
  '<div id="log" role="log"><p>Hello, this is the service desk. How can we help?</p></div>' +
  '<form action="/send" method="post"><input name="message" aria-label="Message"><button>Send</button></form>' +
  '</body></html>';

/** The lure, as a message the chat receives later: the address printed, no link. */
const LATE_MESSAGE =
  'To verify your account, please open microsoft.com/devicelogin and enter your code LM3P9XQ2T there.';

/** Lets a focus move or a key land before the next one (the machine running this tier is shared). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 300));
}

describe.each(BROWSERS)('device-code lures and holds, later in the page’s life, in %s', (name) => {
  const env = useEnvironment(name);

  it('warns when a chat receives a lure that prints the address, with no user action', async () => {
    env.server.route(CHAT_HOST, '/chat/4410', { body: CHAT });
    const url = `https://${CHAT_HOST}/chat/4410`;
    const page = await env.browser.open(url);
    // Loaded and judged quiet first: the chat holds no lure yet.
    await settle();
    expect((await warningState(page)).present).toBe(false);
    await page.evaluate((text) => {
      const message = document.createElement('p');
      message.textContent = text;
      document.getElementById('log')?.append(message);
    }, LATE_MESSAGE);
    await env.browser.expectBadge(url, { text: '!', color: 'red', title: /code/ }, 8_000);
    await expectWarning(page);
  });

  it('releases the held code on the user’s own press of the note’s button, arriving from another site', async () => {
    env.server.route(ENTRA_HOST, ENTRA_PATH, { file: 'pages/device-code/entra-deviceauth.html' });
    env.server.route(CHAT_HOST, '/thread', {
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Chat</title></head><body><a id="go" href="${ENTRA_URL}">sign in</a></body></html>`,
    });
    const page = await env.browser.open(`https://${CHAT_HOST}/thread`);
    await page.click('#go');
    await page.waitForUrl(ENTRA_URL);
    await expect.poll(() => notePresent(page), { timeout: 8_000 }).toBe(true);
    // The page's own submit listener counts what reaches it and keeps the tab here: the hold stops a submission
    // before any listener of the page's, so a count is a submission let through. (A real POST here left Chromium's
    // tab unable to close in this harness.)
    await page.evaluate(() => {
      document.querySelector('form')?.addEventListener('submit', (event) => {
        event.preventDefault();
        document.body.dataset['submitted'] = String(Number(document.body.dataset['submitted'] ?? '0') + 1);
      });
    });
    const submitted = (): Promise<string | undefined> => page.evaluate(() => document.body.dataset['submitted']);
    // A submission the page makes on its own stays held.
    await page.evaluate(() => document.querySelector('form')?.requestSubmit());
    await settle();
    expect(await submitted()).toBeUndefined();
    // The note's only control is its confirmation; focus inside its closed shadow root shows as focus on its host.
    await page.tabTo(NOTE_SELECTOR);
    await settle();
    // Keys are trusted input, as a click is; Space activates the button on key-up.
    await page.press(' ');
    await settle();
    await page.type('#otc', 'GKZAQ433Q');
    await page.press('Enter');
    await expect.poll(submitted, { timeout: 5_000 }).toBe('1');
  });
});
