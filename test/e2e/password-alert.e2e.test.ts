import { describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment } from './support/browsers';
import { expectWarning, warningState } from './support/warning';

const PASSWORD = 'Correct-Horse-42';
const NOTES = `<!doctype html><title>Notes</title><h1>Quick notes</h1><textarea id="note" aria-label="Note"></textarea>`;

describe.each(BROWSERS)('password-reuse alert in %s', (name) => {
  const env = useEnvironment(name);

  it('is off by default, enrolls on Microsoft sign-in once turned on, and warns when the password is typed elsewhere', async () => {
    env.server.route('notes.example', '/new', { body: NOTES });
    env.server.route('login.microsoftonline.com', '/common/login', { file: 'pages/phishing/ms-signin-clone.html' });
    env.server.route('collect.o365-mailbox-upgrade.test', '/submit.php', { body: 'signed in' });

    // Off by default: typing the password anywhere does nothing.
    const before = await env.browser.open('https://notes.example/new');
    await before.type('#note', PASSWORD);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await warningState(before)).present).toBe(false);

    const popup = await env.browser.openExtensionPage('src/popup/index.html?tab=0');
    await popup.waitFor('#password-alert-title ~ label input:not([disabled])');
    await popup.click('#password-alert-title ~ label input');
    await popup.waitFor('#password-alert-title ~ p');
    expect(await popup.evaluate<string>('document.body.innerText')).toContain('To finish, sign in once');

    // Sign in on the genuine origin: the fingerprint is taken when the password is sent with Enter.
    const signIn = await env.browser.open('https://login.microsoftonline.com/common/login');
    await env.browser.expectBadge('https://login.microsoftonline.com/common/login', { text: '' });
    await signIn.type('input[type="password"]', PASSWORD);
    await signIn.press('Enter');
    await expect
      .poll(
        async () => {
          const check = await env.browser.openExtensionPage('src/popup/index.html?tab=0');
          await check.waitFor('#password-alert-title ~ p');
          return check.evaluate<string>('document.body.innerText');
        },
        { timeout: 8_000 },
      )
      .toContain('Active since');

    // Typing something else is fine; typing the password warns at once, before it can be sent.
    const notes = await env.browser.open('https://notes.example/new');
    await notes.type('#note', 'groceries: milk, eggs');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await warningState(notes)).present).toBe(false);
    await notes.type('#note', ` ${PASSWORD}`);
    await expectWarning(notes);
    await env.browser.expectBadge('https://notes.example/new', {
      text: '!',
      title: /You typed your Microsoft password on notes.example/,
    });
  });
});
