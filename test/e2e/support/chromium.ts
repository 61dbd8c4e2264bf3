import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { BaseExtensionBrowser, type FocusInfo, type TestPage, type WaitOptions } from './driver';
import { FOCUS_SOURCE, focusMatchesSource } from './focus';
import { browserExecutable, extensionDir } from './paths';

export interface ChromiumLaunchOptions {
  proxyPort: number;
  /** Tests always run headless; the demo opens a window when there is a display. */
  headless?: boolean;
}

const EXTENSION_SCHEME = 'chrome-extension:';

class ChromiumPage implements TestPage {
  constructor(
    readonly page: Page,
    private readonly onClose: (page: ChromiumPage) => void,
  ) {}

  url(): string {
    return this.page.url();
  }

  title(): Promise<string> {
    return this.page.title();
  }

  evaluate<T>(fn: string | (() => T | Promise<T>)): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  async evaluate<T, A>(fn: string | ((arg: A) => T | Promise<T>), arg?: A): Promise<T> {
    if (typeof fn === 'string') return this.page.evaluate<T>(fn);
    // Playwright's own typing unboxes handles; test arguments are plain serializable values.
    return (await this.page.evaluate(fn as (value: unknown) => unknown, arg as unknown)) as T;
  }

  async click(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
  }

  async type(selector: string, text: string): Promise<void> {
    await this.page.locator(selector).first().pressSequentially(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async waitFor(selector: string, options: WaitOptions = {}): Promise<void> {
    await this.page
      .locator(selector)
      .first()
      .waitFor({
        state: options.state ?? 'visible',
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      });
  }

  async waitForUrl(expected: string | RegExp | ((url: string) => boolean), timeoutMs = 10_000): Promise<void> {
    const predicate = typeof expected === 'function' ? (u: URL) => expected(u.href) : expected;
    await this.page.waitForURL(predicate, { timeout: timeoutMs, waitUntil: 'commit' });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  async focused(): Promise<FocusInfo | null> {
    return this.page.evaluate<FocusInfo | null>(FOCUS_SOURCE);
  }

  async tab(backwards = false): Promise<FocusInfo | null> {
    await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
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

export class ChromiumExtensionBrowser extends BaseExtensionBrowser {
  readonly name = 'chromium' as const;
  private control: Promise<CDPSession> | undefined;

  private constructor(
    private readonly context: BrowserContext,
    private readonly userDataDir: string,
    readonly extensionHost: string,
  ) {
    super();
  }

  static async launch(options: ChromiumLaunchOptions): Promise<ChromiumExtensionBrowser> {
    const executablePath = browserExecutable('chromium');
    const dir = extensionDir('chromium');
    const userDataDir = await mkdtemp(join(tmpdir(), 'consent-guard-e2e-chromium-'));
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        // Playwright passes --headless, which is the new headless mode (the one with extensions) since Chromium 132.
        headless: options.headless ?? true,
        // Playwright's defaults include --disable-extensions; everything else it adds stays: no
        // background networking, component updates, sync or first run, and a --disable-features
        // list that already turns off HTTPS upgrades, optimization hints and network time queries.
        ignoreDefaultArgs: ['--disable-extensions'],
        ignoreHTTPSErrors: true,
        viewport: { width: 1280, height: 800 },
        args: [
          `--disable-extensions-except=${dir}`,
          `--load-extension=${dir}`,
          // All traffic, loopback included (<-loopback> removes the implicit bypass), goes to the loopback proxy.
          `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
          '--proxy-bypass-list=<-loopback>',
          // With a proxy Chromium need not resolve names at all; should anything try (prefetch,
          // a component), it fails here instead of reaching a DNS server.
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
          '--ignore-certificate-errors',
          '--disable-gpu',
          '--disable-quic',
          '--no-pings',
          '--disable-domain-reliability',
          '--disable-client-side-phishing-detection',
          '--safebrowsing-disable-auto-update',
          '--disable-crash-reporter',
        ],
      });
      const worker = await extensionWorker(context);
      return new ChromiumExtensionBrowser(context, userDataDir, new URL(worker.url()).host);
    } catch (error) {
      await context?.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
      throw error;
    }
  }

  protected readonly extensionScheme = 'chrome-extension:';

  protected async createPage(): Promise<TestPage> {
    return new ChromiumPage(await this.context.newPage(), (p) => this.untrack(p));
  }

  async isServiceWorkerRunning(): Promise<boolean> {
    return (await this.workerTargetId()) !== undefined;
  }

  async stopServiceWorker(): Promise<void> {
    const targetId = await this.workerTargetId();
    if (targetId === undefined) return;
    const cdp = await this.cdp();
    // Closing the worker's target stops the worker itself, as an idle timeout would; the next
    // extension event starts a fresh one. (Playwright's own worker list notices only much later.)
    await cdp.send('Target.closeTarget', { targetId });
    await this.pollWorker(false, 10_000);
  }

  async waitForServiceWorker(timeoutMs = 10_000): Promise<void> {
    await this.pollWorker(true, timeoutMs);
  }

  async close(): Promise<void> {
    try {
      await this.closePages();
      await this.context.close();
    } finally {
      await rm(this.userDataDir, { recursive: true, force: true });
    }
  }

  private async pollWorker(running: boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.isServiceWorkerRunning()) !== running) {
      if (Date.now() > deadline) {
        throw new Error(`the extension service worker did not ${running ? 'start' : 'stop'} within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  private async workerTargetId(): Promise<string | undefined> {
    const cdp = await this.cdp();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const prefix = this.extensionUrl('');
    return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(prefix))?.targetId;
  }

  /** A CDP session on a blank page of our own: the Target domain there sees every target, workers included. */
  private cdp(): Promise<CDPSession> {
    if (!this.control) {
      const opening = this.context.newPage().then((page) => this.context.newCDPSession(page));
      opening.catch(() => {
        this.control = undefined;
      });
      this.control = opening;
    }
    return this.control;
  }
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker): boolean => w.url().startsWith(`${EXTENSION_SCHEME}//`);
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch {
    throw new Error(
      'Chromium started but the extension service worker never appeared: the build in dist/chrome did not load ' +
        '(check manifest.json, background.service_worker, and that the worker script parses).',
    );
  }
}
