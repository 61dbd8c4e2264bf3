/**
 * End-to-end harness entry point. A test file looks like:
 *
 *   describe.each(BROWSERS)('%s', (name) => {
 *     const env = useEnvironment(name);
 *     it('flags the imitation', async () => {
 *       env.server.route('app.vssps.visualstudio.com', '/oauth2/authorize', { file: 'pages/approval/ado-authorize.html' });
 *       const page = await env.browser.open('https://app.vssps.visualstudio.com/oauth2/authorize?client_id=x');
 *       await env.browser.expectBadge(page.url(), { text: 'OK', color: 'green' });
 *     });
 *   });
 *
 * Any host name works in any URL: the browser's only way out is the loopback proxy, which hands
 * https:// to the local HTTPS fixture server and http:// to the HTTP one (see proxy.ts).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ChromiumExtensionBrowser } from './chromium';
import type { ExtensionBrowser } from './driver';
import { FirefoxExtensionBrowser } from './firefox';
import { FixtureServer } from './fixture-server';
import type { BrowserName } from './paths';
import { LoopbackProxy } from './proxy';

export type { Badge, ExpectedBadge, ExtensionBrowser, FocusInfo, TestPage, WaitOptions } from './driver';
export { colorFamily, PROBE_PAGE, SILENT_TAB } from './driver';
export type { BrowserName } from './paths';
export { ChromiumExtensionBrowser } from './chromium';
export { FirefoxExtensionBrowser } from './firefox';

/** For `describe.each(BROWSERS)`: every e2e test runs in both. */
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface EnvironmentOptions {
  /**
   * Firefox only: the home folder the browser sees (FirefoxLaunchOptions.home). Chromium has no per-user equivalent
   * for what this is used for (managed policy), so it is refused there rather than silently ignored.
   */
  readonly firefoxHome?: string;
}

export async function launchBrowser(
  name: BrowserName,
  proxyPort: number,
  options: EnvironmentOptions = {},
): Promise<ExtensionBrowser> {
  if (name === 'chromium') {
    if (options.firefoxHome !== undefined) throw new Error('firefoxHome is a Firefox option');
    return ChromiumExtensionBrowser.launch({ proxyPort });
  }
  return FirefoxExtensionBrowser.launch({
    proxyPort,
    ...(options.firefoxHome === undefined ? {} : { home: options.firefoxHome }),
  });
}

export interface E2EEnvironment {
  browser: ExtensionBrowser;
  server: FixtureServer;
  proxy: LoopbackProxy;
  close(): Promise<void>;
}

/** Fixture servers, the proxy in front of them, and a browser whose only route out is that proxy. */
export async function startEnvironment(name: BrowserName, options: EnvironmentOptions = {}): Promise<E2EEnvironment> {
  const server = await FixtureServer.start();
  let proxy: LoopbackProxy | undefined;
  try {
    proxy = await LoopbackProxy.start({ httpPort: server.httpPort, httpsPort: server.httpsPort });
    const browser = await launchBrowser(name, proxy.port, options);
    const started = proxy;
    return {
      browser,
      server,
      proxy: started,
      close: async () => {
        // Servers go down even when the browser refuses to close cleanly.
        const results = await Promise.allSettled([browser.close()]);
        await Promise.allSettled([started.close(), server.close()]);
        for (const result of results) if (result.status === 'rejected') throw result.reason;
      },
    };
  } catch (error) {
    await Promise.allSettled([proxy?.close(), server.close()]);
    throw error;
  }
}

/**
 * Shares one environment across a describe block: started in beforeAll, torn down in afterAll (also
 * when tests fail), with the pages a test opened and the routes it added dropped after each test.
 * Read the properties inside hooks and tests only.
 */
export function useEnvironment(name: BrowserName, options: EnvironmentOptions = {}): E2EEnvironment {
  let env: E2EEnvironment | undefined;
  const current = (): E2EEnvironment => {
    if (!env) throw new Error(`the ${name} environment is not running (use it inside tests or hooks)`);
    return env;
  };
  beforeAll(async () => {
    env = await startEnvironment(name, options);
  });
  afterEach(async () => {
    if (!env) return;
    await env.browser.closePages();
    env.server.resetRoutes();
  });
  afterAll(async () => {
    const running = env;
    env = undefined;
    await running?.close();
  });
  return {
    get browser() {
      return current().browser;
    },
    get server() {
      return current().server;
    },
    get proxy() {
      return current().proxy;
    },
    close: async () => {
      await env?.close();
      env = undefined;
    },
  };
}
