import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment } from './support/browsers';
import { FIXTURES_DIR } from './support/paths';
import { expectWarning, popupText, warningState } from './support/warning';

const CLONE = readFileSync(join(FIXTURES_DIR, 'pages/phishing/ms-signin-clone.html'), 'utf8');

// Runs first in the page world: everything a page could do to blind a script sharing its globals.
const SABOTAGE = `<script>
  Document.prototype.querySelector = function () { return null; };
  Document.prototype.querySelectorAll = function () { return []; };
  Element.prototype.querySelectorAll = function () { return []; };
  Element.prototype.attachShadow = function () { throw new Error('no shadow roots here'); };
  window.MutationObserver = function () { return { observe() {}, disconnect() {} }; };
  EventTarget.prototype.addEventListener = function () {};
  Object.defineProperty(Node.prototype, 'textContent', { get() { return ''; } });
  HTMLDialogElement.prototype.showModal = function () {};
</script>`;

describe.each(BROWSERS)('hardening in %s', (name) => {
  const env = useEnvironment(name);

  it('is not blinded by DOM prototypes overridden in the page world', async () => {
    env.server.route('secure-mailbox.example', '/login', { body: CLONE.replace('<head>', `<head>${SABOTAGE}`) });
    const url = 'https://secure-mailbox.example/login';
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '!', color: 'red' });
    await expectWarning(page);
  });

  it.each([
    [
      'hides it with an !important rule in a cascade layer',
      `<style>@layer kit { [data-consent-guard] { display: none !important; visibility: hidden !important; opacity: 0 !important; } }</style>`,
    ],
    [
      'hides it with an unlayered !important rule',
      `<style>html > div[data-consent-guard] { display: none !important; transform: scale(0) !important; }</style>`,
    ],
    [
      'covers it with its own modal dialog opened later',
      `<dialog id="bait"><p>Enter your password to continue</p><input type="password"></dialog>
       <script>setTimeout(() => document.getElementById('bait').showModal(), 600);</script>`,
    ],
    [
      'covers it with a popover and a full-screen fixed overlay',
      `<div id="pop" popover="manual" style="inset:0;width:100vw;height:100vh">Sign in again</div>
       <div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Loading…</div>
       <script>setTimeout(() => document.getElementById('pop').showPopover(), 600);</script>`,
    ],
  ])('keeps the warning visible and on top when the page %s', async (_label, attack) => {
    env.server.route('secure-mailbox.example', '/login', { body: CLONE.replace('</body>', `${attack}</body>`) });
    const url = 'https://secure-mailbox.example/login';
    const page = await env.browser.open(url);
    await expectWarning(page);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await warningState(page)).toEqual({ present: true, onTop: true });
    await env.browser.expectBadge(url, { text: '!' });
  });

  // Each way a page can shut scripts, modules and its own origin away, down to an opaque origin whose form still
  // posts: the content script must warn under every one of them.
  it.each([
    ['a CSP that allows nothing', "default-src 'none'"],
    ['a sandbox CSP that allows forms only (opaque origin)', "default-src 'none'; sandbox allow-forms"],
    ['a sandbox CSP that allows nothing', "default-src 'none'; sandbox"],
    ['a sandbox CSP that allows scripts and forms', 'sandbox allow-scripts allow-forms'],
  ])('warns on a page served with %s', async (_label, policy) => {
    env.server.route('secure-mailbox.example', '/login', {
      body: CLONE,
      headers: { 'content-security-policy': policy },
    });
    const url = 'https://secure-mailbox.example/login';
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '!', color: 'red' });
    await expectWarning(page);
  });

  it.each([
    ['allow-forms', 'allow-forms'],
    ['nothing allowed', ''],
  ])(
    'warns in the top page when the imitation sits in a frame with the sandbox attribute (%s)',
    async (_label, allow) => {
      env.server.route('secure-mailbox.example', '/login', { body: CLONE });
      const top = 'https://shared-files.example/view';
      env.server.route('shared-files.example', '/view', {
        body: `<!doctype html><title>Shared file</title><h1>A file was shared with you</h1>
        <iframe sandbox="${allow}" src="https://secure-mailbox.example/login" width="600" height="600"></iframe>`,
      });
      const page = await env.browser.open(top);
      await env.browser.expectBadge(top, { text: '!', color: 'red' });
      await expectWarning(page);
    },
  );

  it.runIf(name === 'chromium')(
    "answers no page that asks for the wake module at the extension's fixed address",
    async () => {
      env.server.route('shop.example', '/account/login', { file: 'pages/legit/shop-login.html' });
      const url = 'https://shop.example/account/login';
      const page = await env.browser.open(url);
      await env.browser.expectBadge(url, { text: '' });
      // The content script has loaded the module by now (the page has a password field); Chromium serves it to the
      // content script at a per-session address only.
      const probe = env.browser.extensionUrl('content-wake.js');
      const fetched = await page.evaluate(
        `fetch(${JSON.stringify(probe)}).then((response) => 'status ' + response.status, () => 'refused')`,
      );
      expect(fetched).toBe('refused');
    },
  );

  it('leaves no trace in the page while there is nothing to warn about', async () => {
    env.server.route('shop.example', '/account/login', { file: 'pages/legit/shop-login.html' });
    const url = 'https://shop.example/account/login';
    const page = await env.browser.open(url);
    const before = await page.evaluate<string>('document.documentElement.outerHTML');
    await env.browser.expectBadge(url, { text: '' });
    const after = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      marked: document.querySelectorAll('[data-consent-guard]').length,
      globals: Object.keys(window).filter((key) => /consent|guard/i.test(key)),
    }));
    expect(after).toEqual({ html: before, marked: 0, globals: [] });
  });

  it('ignores forged (untrusted) events: synthetic typing and clicks lift no warning', async () => {
    env.server.route('secure-mailbox.example', '/login', { file: 'pages/phishing/ms-signin-clone.html' });
    const url = 'https://secure-mailbox.example/login';
    const page = await env.browser.open(url);
    await expectWarning(page);
    await page.evaluate(() => {
      const host = document.querySelector('[data-consent-guard="warning"]');
      for (const type of ['click', 'keydown', 'submit'])
        host?.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await warningState(page)).toEqual({ present: true, onTop: true });
    await env.browser.expectBadge(url, { text: '!' });
  });

  if (name === 'chromium') {
    it('keeps every verdict when the service worker is stopped between pages', async () => {
      const browser = env.browser;
      env.server.route('secure-mailbox.example', '/login', { file: 'pages/phishing/ms-signin-clone.html' });
      env.server.route('app.vssps.visualstudio.com', '/oauth2/authorize', {
        file: 'pages/approval/ado-authorize.html',
      });
      const phishing = 'https://secure-mailbox.example/login';
      await browser.open(phishing);
      const danger = await browser.expectBadge(phishing, { text: '!' });

      await browser.stopServiceWorker?.();
      expect(await browser.isServiceWorkerRunning?.()).toBe(false);

      // The popup wakes the worker, which answers from storage.session: nothing was lost.
      const { text } = await popupText((path) => browser.openExtensionPage(path), danger.tabId);
      expect(text).toContain('Danger');

      await browser.stopServiceWorker?.();
      const genuine =
        'https://app.vssps.visualstudio.com/oauth2/authorize?client_id=5C5E6F1B&response_type=Assertion&state=s&scope=vso.code&redirect_uri=https%3A%2F%2Fa.example%2Fcb';
      await browser.open(genuine);
      await browser.expectBadge(genuine, { text: 'OK', color: 'green' });
      await browser.expectBadge(phishing, { text: '!' });
    });
  }
});
