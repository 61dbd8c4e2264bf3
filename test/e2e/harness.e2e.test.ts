import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, PROBE_PAGE, SILENT_TAB, useEnvironment } from './support/browsers';
import { EXTENSION_DIRS } from './support/paths';
import { EAGER_COMPILE_HINT } from '../../scripts/content-script-builds';
import { builtContentScripts } from '../../scripts/manifest-for';
import { IDLE_KERNEL_GLOBAL, idleKernel } from '../../src/content/idle-kernel';
import { WAKE_MODULE_FILE } from '../../src/content/wake-module-file';
import { CREDENTIAL_INPUT_SELECTOR } from '../../src/core/page/gate-selectors';

const ADO_HOST = 'app.vssps.visualstudio.com';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

describe.each(BROWSERS)('e2e harness in %s', (name) => {
  const env = useEnvironment(name);

  it('loads the extension and can open its pages', async () => {
    const page = await env.browser.openExtensionPage(PROBE_PAGE);
    expect(page.url()).toBe(env.browser.extensionUrl(PROBE_PAGE));
    const root = await page.evaluate<string>('(globalThis.browser ?? globalThis.chrome).runtime.getURL("")');
    expect(root).toBe(env.browser.extensionUrl(''));
  });

  it('serves https://app.vssps.visualstudio.com/ from the local HTTPS fixture server', async () => {
    const url = `https://${ADO_HOST}/__blank`;
    const page = await env.browser.open(url);
    const seen = await page.evaluate(() => ({
      href: location.href,
      secure: isSecureContext,
      body: document.body.textContent,
    }));
    expect(seen).toEqual({ href: url, secure: true, body: 'blank' });

    const [request] = env.server.requestsTo(ADO_HOST, '/__blank');
    expect(request).toMatchObject({ scheme: 'https', host: ADO_HOST, port: 443, method: 'GET', status: 200 });
    expect(request?.headers.host).toBe(ADO_HOST);
    expect(env.proxy.hosts()).toContain(`${ADO_HOST}:443`);
  });

  it('serves plain http:// pages from the local HTTP fixture server, without upgrading them', async () => {
    const url = 'http://example.test/__blank?x=1';
    const page = await env.browser.open(url);
    expect(await page.evaluate('location.href')).toBe(url);
    const [request] = env.server.requestsTo('example.test', '/__blank');
    expect(request).toMatchObject({ scheme: 'http', port: 80, path: '/__blank?x=1', status: 200 });
    expect(request?.headers.host).toBe('example.test');
  });

  it('routes by host and path, and answers unknown routes with a 404 that says why', async () => {
    env.server.route('lookalike.example.test', '/oauth2/authorize', {
      body: '<title>routed</title><p id="who">lookalike</p>',
    });
    env.server.route('*', '/oauth2/authorize', { body: '<title>wildcard</title><p id="who">any host</p>' });
    env.server.route('api.example.test', '/_apis/thing', (_req, _res, ctx) =>
      ctx.json(201, { origin: ctx.origin ?? null }),
    );

    const routed = await env.browser.open('https://lookalike.example.test/oauth2/authorize');
    expect(await routed.title()).toBe('routed');
    const wildcard = await env.browser.open(`https://other.example.test/oauth2/authorize`);
    expect(await wildcard.evaluate('document.getElementById("who").textContent')).toBe('any host');

    const missing = await env.browser.open('https://no-route.example.test/nothing/here');
    expect(await missing.evaluate('document.body.textContent')).toContain(
      'no route for https://no-route.example.test/nothing/here',
    );
    expect(env.server.requestsTo('no-route.example.test', '/nothing/here')[0]?.status).toBe(404);

    // Same-origin API call from a page: the handler sees the page's Origin.
    const api = await env.browser.open('https://api.example.test/__blank');
    const reply = await api.evaluate(async () => {
      const res = await fetch('/_apis/thing', { method: 'POST', body: '{}' });
      return { status: res.status, body: (await res.json()) as unknown };
    });
    expect(reply).toEqual({ status: 201, body: { origin: 'https://api.example.test' } });
  });

  it('lets the extension, not a web page, read a same-origin API on app.vssps.visualstudio.com', async () => {
    const api = `https://${ADO_HOST}/__echo`;
    const web = await env.browser.open('https://example.test/__blank');
    const fromWeb = await web.evaluate(async (url: string) => {
      try {
        await (await fetch(url, { credentials: 'include' })).json();
        return 'readable';
      } catch {
        return 'blocked';
      }
    }, api);
    expect(fromWeb).toBe('blocked');

    // The extension holds host permission for this origin, so its fetch needs no CORS headers.
    const extensionPage = await env.browser.openExtensionPage(PROBE_PAGE);
    const fromExtension = await extensionPage.evaluate(async (url: string) => {
      const res = await fetch(url, { credentials: 'include' });
      return { status: res.status, body: (await res.json()) as { scheme: string; host: string } };
    }, api);
    expect(fromExtension).toMatchObject({ status: 200, body: { scheme: 'https', host: ADO_HOST } });
    const extensionRequest = env.server.requestsTo(ADO_HOST, '/__echo').at(-1);
    // Both browsers send an extension page's GET without Origin; a POST carries chrome-extension://… or moz-extension://….
    expect(extensionRequest?.origin).toBeUndefined();
  });

  it('exposes to web pages no file: the Chromium wake module only at an address they cannot know, in Firefox nothing', async () => {
    const files = await filesUnder(EXTENSION_DIRS[name]);
    expect(files).toContain('manifest.json');
    const urls = files.map((f) => env.browser.extensionUrl(f));
    const page = await env.browser.open('https://example.test/__blank');
    const readable = await page.evaluate(async (targets: string[]) => {
      const results = await Promise.all(
        targets.map(async (url) => {
          try {
            const res = await fetch(url);
            return res.ok ? url : null;
          } catch {
            return null;
          }
        }),
      );
      return results.filter((u): u is string => u !== null);
    }, urls);
    // Chromium's idle script imports the wake module, so it is web-accessible, but served at a per-session address
    // and refused at the fixed one (tried here). Firefox's content script is one classic file: nothing is exposed.
    expect(readable).toEqual([]);
  });

  it('reads the per-tab badge through storage.session, and proves an empty one on a page that reported nothing', async () => {
    // A page with something to check leaves a tab state that names its tab.
    env.server.route('login.microsoftonline.com.account-verify.net', '/common/login', {
      file: 'pages/phishing/ms-signin-clone.html',
    });
    const kit = 'https://login.microsoftonline.com.account-verify.net/common/login';
    const kitPage = await env.browser.open(kit);
    const danger = await env.browser.expectBadge(kit, { text: '!' });
    expect(danger.tabId).toBeGreaterThan(0);
    expect(danger.title).not.toBe('');

    // An ordinary page tells the extension nothing; its empty badge is proven on every tab at once...
    const url = 'https://plain.example.test/__blank';
    await env.browser.open(url);
    await expect(env.browser.expectBadge(url, { text: '' }, 2_500)).rejects.toThrow(/did not become/);
    // ...so it holds only once no tab shows a badge.
    await kitPage.close();
    const badge = await env.browser.expectBadge(url, { text: '' });
    expect(badge.tabId).toBe(SILENT_TAB);
    await expect(env.browser.badgeFor('https://never-opened.example.test/', 300)).rejects.toThrow(/no tab state/);
  });

  it('drives the keyboard: typing, Tab order and focus reports', async () => {
    env.server.route('keys.example.test', '/form', {
      body: '<title>keys</title><input id="user" aria-label="User"><button id="first">First</button><button id="second">Second</button>',
    });
    const page = await env.browser.open('https://keys.example.test/form');
    await page.type('#user', 'alice');
    expect(await page.evaluate('document.getElementById("user").value')).toBe('alice');
    expect(await page.focused()).toMatchObject({ tag: 'input', id: 'user', label: 'User' });
    expect(await page.tab()).toMatchObject({ tag: 'button', id: 'first', label: 'First' });
    expect(await page.tabTo('#second')).toBe(1);
    expect(await page.tab(true)).toMatchObject({ id: 'first' });
    await page.press('Enter');
  });

  // Firefox runs the background as an event page, not a service worker.
  if (name === 'chromium')
    it('stops the service worker and sees it restart on the next event', async () => {
      const browser = env.browser;
      expect(await browser.isServiceWorkerRunning?.()).toBe(true);
      await browser.stopServiceWorker?.();
      expect(await browser.isServiceWorkerRunning?.()).toBe(false);
      // A sign-in page showing a provider is read as it loads and reported (an ordinary page, or a shop's own
      // sign-in before a field gets focus, would say nothing and wake nobody).
      env.server.route('after-restart.example.test', '/signin', {
        body: '<title>Sign in to your Microsoft account</title><form method="post"><input type="password"></form>',
      });
      const url = 'https://after-restart.example.test/signin';
      await browser.open(url);
      // The page's content script messages the background, which wakes the worker to record the tab.
      await browser.waitForServiceWorker?.();
      await browser.badgeFor(url);
    });

  it('kept every request inside the loopback proxy', () => {
    expect(env.proxy.refused).toEqual([]);
    expect(env.server.errors).toEqual([]);
  });
});

describe('built Chromium manifest', () => {
  it('declares no web-accessible resources a page could probe', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIRS.chromium, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: { resources?: string[]; use_dynamic_url?: boolean }[];
    };
    for (const entry of manifest.web_accessible_resources ?? []) {
      expect(entry.use_dynamic_url, `web_accessible_resources entry ${JSON.stringify(entry)}`).toBe(true);
    }
  });
});

/** A file of the built extension for `name`. */
function readBuilt(name: (typeof BROWSERS)[number], file: string): Promise<string> {
  return readFile(join(EXTENSION_DIRS[name], file), 'utf8');
}

// Only Chromium's idle script loads a wake module (see `builtContentScripts`).
describe.each(['chromium'] as const)('built wake module for %s', (name) => {
  const wakeModule = (): Promise<string> => readBuilt(name, WAKE_MODULE_FILE);

  it('asks V8 to compile it whole as it streams in, off the main thread', async () => {
    expect((await wakeModule()).startsWith(`${EAGER_COMPILE_HINT}\n`)).toBe(true);
  });

  it('reads what the idle script hands over instead of carrying a second copy', async () => {
    const code = await wakeModule();
    for (const path of Object.keys(idleKernel()))
      expect(code).toContain(`${IDLE_KERNEL_GLOBAL}[${JSON.stringify(path)}]`);
    // The credential selector, the longest string the idle script holds.
    expect(code).not.toContain(CREDENTIAL_INPUT_SELECTOR);
    expect(await readBuilt(name, 'content.js')).toContain(CREDENTIAL_INPUT_SELECTOR);
  });
});

describe.each(BROWSERS)('built content scripts for %s', (name) => {
  it("puts V8's compile hint on exactly the scripts meant to be compiled whole", async () => {
    for (const [source, script] of Object.entries(builtContentScripts(name === 'chromium' ? 'chrome' : 'firefox'))) {
      expect((await readBuilt(name, script.file)).startsWith(`${EAGER_COMPILE_HINT}\n`), source).toBe(
        script.eagerCompile,
      );
    }
  });

  it('holds one copy of the credential selector in the idle script, not one per use', async () => {
    expect((await readBuilt(name, 'content.js')).split(CREDENTIAL_INPUT_SELECTOR)).toHaveLength(2);
  });
});
