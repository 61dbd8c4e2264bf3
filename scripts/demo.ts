import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ChromiumExtensionBrowser, type TestPage } from '../test/e2e/support/browsers';
import { details, FakeDelegatedAuth } from '../test/e2e/support/fake-delegated-auth';
import { FixtureServer } from '../test/e2e/support/fixture-server';
import { LoopbackProxy } from '../test/e2e/support/proxy';

/**
 * `npm run demo`: the built extension in Chromium on a small demo site served from 127.0.0.1 under real
 * host names: the genuine Azure DevOps approval page, an imitation of it on a lookalike host, and a
 * Microsoft sign-in clone, plus a stand-in for Azure DevOps' authorizations service, so the popup lists grants and
 * revokes one. With a display it opens a window; without one it saves screenshots.
 */

const QUERY =
  '?client_id=5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11&response_type=Assertion&state=b7f3a9&scope=vso.code%20vso.work_write%20vso.build&redirect_uri=https%3A%2F%2Freleasenotes.contoso.example%2Foauth%2Fcallback';

const SCENES = [
  {
    name: 'genuine-approval',
    host: 'app.vssps.visualstudio.com',
    path: '/oauth2/authorize',
    file: 'pages/approval/ado-authorize.html',
    query: QUERY,
  },
  {
    name: 'imitation-approval',
    host: 'app.vssps.visualstudio.com.authorize-app.net',
    path: '/oauth2/authorize',
    file: 'pages/phishing/ado-approval-imitation.html',
    query: QUERY,
  },
  {
    name: 'signin-clone',
    host: 'login.microsoftonline.com.account-verify.net',
    path: '/common/login',
    file: 'pages/phishing/ms-signin-clone.html',
    query: '',
  },
] as const;

/**
 * `npm run demo [-- <folder>]`: screenshots go to the folder (default demo-out/). The e2e tier runs it headless
 * into a folder of its own.
 */
export async function main(
  args: readonly string[] = [],
  options: { readonly headless?: boolean } = {},
): Promise<number> {
  const outDir = resolve(args[0] ?? 'demo-out');
  const headless = options.headless ?? !process.env['DISPLAY'];
  const server = await FixtureServer.start();
  const proxy = await LoopbackProxy.start({ httpPort: server.httpPort, httpsPort: server.httpsPort });
  const browser = await ChromiumExtensionBrowser.launch({ proxyPort: proxy.port, headless });
  const service = new FakeDelegatedAuth();
  service.grants = [
    details('demo-1', 'Contoso Release Notes', 'C0FFEE01-0000-4000-8000-000000000001', 'vso.code_full vso.work_write'),
    details('demo-2', 'Fabrikam Boards', 'C0FFEE01-0000-4000-8000-000000000002', 'vso.work'),
  ];
  service.serveOn(server);
  try {
    await mkdir(outDir, { recursive: true });
    for (const scene of SCENES) {
      server.route(scene.host, scene.path, { file: scene.file });
      const url = `https://${scene.host}${scene.path}${scene.query}`;
      const page = await browser.open(url);
      const badge = await browser.expectBadge(url, { text: scene.name === 'genuine-approval' ? 'OK' : '!' });
      console.log(`${scene.name}: badge ${JSON.stringify(badge.text)} — ${badge.title}`);
      if (headless) {
        await settle();
        await page.screenshot(resolve(outDir, `${scene.name}-page.png`));
        const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${badge.tabId}`);
        await popup.waitFor('#this-page ~ [data-level], #this-page ~ .quiet');
        await popup.screenshot(resolve(outDir, `${scene.name}-popup.png`));
        await popup.close();
      }
    }
    if (headless) {
      await revokeScenes(await browser.openExtensionPage('src/popup/index.html?tab=999999'), outDir);
      console.log(`No display: screenshots of each page and its popup are in ${outDir}`);
      return 0;
    }
    console.log('The demo pages are open in Chromium. Press Ctrl+C to stop.');
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
    return 0;
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
}

/** The popup listing the grants, asking to confirm a revoke, and after it. */
async function revokeScenes(popup: TestPage, outDir: string): Promise<void> {
  const grant = '[data-grant-id="demo-1"]';
  await popup.waitFor(`${grant} button.revoke`);
  await popup.screenshot(resolve(outDir, 'authorizations-popup.png'));
  await popup.click(`${grant} button.revoke`);
  await popup.waitFor(`${grant} .confirm`);
  await popup.screenshot(resolve(outDir, 'authorizations-revoke-confirm.png'));
  await popup.click(`${grant} button.danger`);
  await popup.waitFor(grant, { state: 'detached' });
  await popup.screenshot(resolve(outDir, 'authorizations-revoked.png'));
  console.log('authorizations: listed 2 grants, revoked "Contoso Release Notes" after its confirmation');
}

/** The warning's entry animation lasts 120 ms; screenshots wait it out. */
function settle(): Promise<void> {
  return new Promise((done) => setTimeout(done, 300));
}
