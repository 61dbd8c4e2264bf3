import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { BaseExtensionBrowser, type FocusInfo, type TestPage, type WaitOptions } from './driver';
import { FOCUS_SOURCE, focusMatchesSource } from './focus';
import { browserExecutable, extensionDir } from './paths';

export interface FirefoxLaunchOptions {
  proxyPort: number;
  /**
   * The home folder this Firefox sees, for what Firefox reads from the user's home rather than the profile: the
   * managed-storage manifests under `.mozilla/managed-storage` (see managed-policy.e2e.test.ts). Unset, Firefox sees
   * the test runner's own home.
   */
  home?: string;
}

/**
 * The environment for a Firefox whose home is `home`. XDG_CONFIG_HOME goes with it: since Firefox 143 (bug 259356)
 * some of its folders move there when the home has no `.mozilla`, and the runner's own must not leak in.
 */
function homeEnv(home: string): Record<string, string | undefined> {
  return { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
}

/**
 * Preferences on top of puppeteer's and the remote agent's own test defaults. The proxy settings are
 * what route every request to the loopback proxy; the rest keeps Firefox from even trying to reach
 * its services (a request that tried would still only reach the fixture server and get a 404).
 */
function firefoxPrefs(proxyPort: number, addonId: string, uuid: string): Record<string, unknown> {
  return {
    // Fixed internal UUID so tests can address moz-extension://<uuid>/ pages.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.socks': '',
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.trr.mode': 5,
    // Tests load http:// pages on purpose (the "not HTTPS" verdicts); Firefox must not upgrade them.
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.http.http3.enable': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.updatePing.enabled': false,
    'toolkit.telemetry.bhrPing.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'app.update.auto': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google4.gethashURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google.gethashURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.mozilla.gethashURL': '',
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.topsites.contile.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.update': false,
    'browser.search.geoSpecificDefaults': false,
    'browser.discovery.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'browser.contentblocking.report.show_mobile_app': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.getAddons.discovery.api_url': '',
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.recommendations.hideNotice': true,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.certerrors.mitm.priming.enabled': false,
    'network.sntp.pools': '',
    // The driver cannot click Firefox's own permission prompt: this accepts what the extension asks for at run time
    // (permissions.request), as the user would there.
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

class FirefoxPage implements TestPage {
  constructor(
    readonly page: Page,
    private readonly onClose: (page: FirefoxPage) => void,
  ) {}

  /**
   * What the harness itself read from the document, and what puppeteer reported at that moment.
   * Puppeteer's BiDi layer loses track of a tab that switches into the extension process, so after
   * such a navigation its url() stays at the previous page.
   */
  private observed: { href: string; reported: string } | undefined;

  url(): string {
    const reported = this.page.url();
    return this.observed !== undefined && this.observed.reported === reported ? this.observed.href : reported;
  }

  title(): Promise<string> {
    return this.page.title();
  }

  evaluate<T>(fn: string | (() => T | Promise<T>)): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  async evaluate<T, A>(fn: string | ((arg: A) => T | Promise<T>), arg?: A): Promise<T> {
    if (typeof fn === 'string') return (await this.page.evaluate(fn)) as T;
    return (await this.page.evaluate(fn as (value: unknown) => unknown, arg)) as T;
  }

  /**
   * Waits for the element, then clicks it through its handle. Not puppeteer's Locator: in Firefox 140 its
   * actionability checks never settle on moz-extension:// pages, so every click on the popup and options pages timed
   * out there, while a handle's click on the same button works at once (Firefox 153 passes both ways).
   */
  async click(selector: string): Promise<void> {
    const handle = await this.page.waitForSelector(selector, { visible: true });
    if (!handle) throw new Error(`${selector} never became visible`);
    try {
      await handle.click();
    } finally {
      await handle.dispose();
    }
  }

  async type(selector: string, text: string): Promise<void> {
    await this.page.waitForSelector(selector, { visible: true });
    await this.page.type(selector, text);
  }

  async press(key: string): Promise<void> {
    // Puppeteer has no chord syntax: hold the modifiers of "Shift+Tab" around the last key.
    const keys = (key.length > 1 ? key.split('+') : [key]) as KeyInput[];
    const main = keys.pop();
    if (main === undefined) throw new Error(`no key in "${key}"`);
    for (const modifier of keys) await this.page.keyboard.down(modifier);
    try {
      await this.page.keyboard.press(main);
    } finally {
      for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier);
    }
  }

  async waitFor(selector: string, options: WaitOptions = {}): Promise<void> {
    const state = options.state ?? 'visible';
    await this.page.waitForSelector(selector, {
      visible: state === 'visible',
      // Puppeteer's "hidden" also covers "not in the DOM".
      hidden: state === 'hidden' || state === 'detached',
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    });
  }

  async waitForUrl(expected: string | RegExp | ((url: string) => boolean), timeoutMs = 10_000): Promise<void> {
    const matches = (url: string): boolean =>
      typeof expected === 'string'
        ? url === expected
        : typeof expected === 'function'
          ? expected(url)
          : expected.test(url);
    await this.pollDocument((href) => matches(href), timeoutMs, `a URL matching ${String(expected)}`);
  }

  /**
   * Polls the document itself (not puppeteer's navigation tracking) until `accept(location.href)` holds
   * and it has loaded. Evaluation errors while the tab changes process are expected and retried.
   */
  private async pollDocument(accept: (href: string) => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '(not readable)';
    for (;;) {
      const reported = this.page.url();
      try {
        const state = (await this.page.evaluate('({ href: location.href, ready: document.readyState })')) as {
          href: string;
          ready: string;
        };
        last = `${state.href} (${state.ready})`;
        if (accept(state.href) && state.ready === 'complete') {
          this.observed = { href: state.href, reported };
          return;
        }
      } catch {
        // The realm went away mid-navigation; try again.
      }
      if (Date.now() > deadline) throw new Error(`page did not reach ${what} within ${timeoutMs} ms; last saw ${last}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  async goto(url: string, timeoutMs = 30_000): Promise<void> {
    if (!url.startsWith('moz-extension:')) {
      await this.page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      this.observed = undefined;
      return;
    }
    // Puppeteer never sees this navigation finish (see `observed`), so it is started without being
    // awaited and its completion is read from the document.
    let failure: unknown;
    const navigation = this.page.goto(url, { waitUntil: 'load', timeout: timeoutMs }).catch((error: unknown) => {
      failure = error;
    });
    try {
      await this.pollDocument((href) => href === new URL(url).href, timeoutMs, url);
    } catch (error) {
      throw failure instanceof Error && !/timeout/i.test(failure.message) ? failure : error;
    }
    void navigation;
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  async focused(): Promise<FocusInfo | null> {
    return (await this.page.evaluate(FOCUS_SOURCE)) as FocusInfo | null;
  }

  async tab(backwards = false): Promise<FocusInfo | null> {
    await this.press(backwards ? 'Shift+Tab' : 'Tab');
    return this.focused();
  }

  async tabTo(selector: string, maxPresses = 50): Promise<number> {
    for (let presses = 1; presses <= maxPresses; presses++) {
      await this.page.keyboard.press('Tab');
      if ((await this.page.evaluate(focusMatchesSource(selector))) === true) return presses;
    }
    throw new Error(
      `focus never reached ${selector} in ${maxPresses} Tab presses; it is on ${JSON.stringify(await this.focused())}`,
    );
  }

  async close(): Promise<void> {
    this.onClose(this);
    if (!this.page.isClosed()) await this.page.close();
  }
}

export class FirefoxExtensionBrowser extends BaseExtensionBrowser {
  readonly name = 'firefox' as const;

  private constructor(
    private readonly browser: Browser,
    readonly extensionHost: string,
    readonly addonId: string,
  ) {
    super();
  }

  static async launch(options: FirefoxLaunchOptions): Promise<FirefoxExtensionBrowser> {
    const executablePath = browserExecutable('firefox');
    const dir = extensionDir('firefox');
    const addonId = await geckoId(dir);
    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: firefoxPrefs(options.proxyPort, addonId, uuid),
      // WebDriver BiDi refuses to navigate to moz-extension:// pages unless system access is allowed.
      args: ['--remote-allow-system-access'],
      ...(options.home === undefined ? {} : { env: homeEnv(options.home) }),
    });
    try {
      const installed = await browser.installExtension(dir);
      if (installed !== addonId)
        throw new Error(`Firefox installed the extension as ${installed}, expected ${addonId}`);
      return new FirefoxExtensionBrowser(browser, uuid, addonId);
    } catch (error) {
      await browser.close().catch(() => undefined);
      throw error;
    }
  }

  protected readonly extensionScheme = 'moz-extension:';

  protected async createPage(): Promise<TestPage> {
    return new FirefoxPage(await this.browser.newPage(), (p) => this.untrack(p));
  }

  async close(): Promise<void> {
    try {
      await this.closePages();
    } finally {
      // Puppeteer deletes the temporary profile it created.
      await this.browser.close();
    }
  }
}

async function geckoId(dir: string): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const id = readPath(manifest, ['browser_specific_settings', 'gecko', 'id']);
  if (typeof id !== 'string' || id === '') {
    throw new Error(
      `${join(dir, 'manifest.json')} has no browser_specific_settings.gecko.id; Firefox needs it to load the build.`,
    );
  }
  return id;
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
