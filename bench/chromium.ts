import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { browserExecutable } from '../test/e2e/support/paths';

export interface BenchBrowser {
  readonly label: string;
  readonly context: BrowserContext;
  readonly version: string;
  close(): Promise<void>;
}

/**
 * Chromium as the e2e harness launches it (test/e2e/support/chromium.ts), but with any unpacked extension:
 * the benchmark needs the same browser twice, once with Consent Guard and once with the empty baseline.
 */
export async function launchWithExtension(
  label: string,
  extensionDir: string,
  proxyPort: number,
): Promise<BenchBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), `consent-guard-bench-${label}-`));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: browserExecutable('chromium'),
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // Every request, loopback included, goes to the loopback proxy; names never reach a resolver.
        `--proxy-server=http://127.0.0.1:${proxyPort}`,
        '--proxy-bypass-list=<-loopback>',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        '--ignore-certificate-errors',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-pings',
        '--disable-domain-reliability',
        '--disable-client-side-phishing-detection',
        '--safebrowsing-disable-auto-update',
        '--disable-crash-reporter',
        // A tab the bench is not looking at must not be throttled differently in one browser than the other.
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
      ],
    });
    const version = context.browser()?.version() ?? (await browserVersion(context));
    const launched = context;
    return {
      label,
      context: launched,
      version,
      close: async () => {
        try {
          await launched.close();
        } finally {
          await rm(userDataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

async function browserVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    const { product } = await session.send('Browser.getVersion');
    return product;
  } finally {
    await page.close();
  }
}

export interface MeteredPage {
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * A fresh tab with the DevTools Performance domain on, counting in thread CPU time ('threadTicks'): on a
 * two-core machine wall-clock durations include time the main thread spent descheduled, which belongs to
 * neither extension.
 */
export async function meteredPage(browser: BenchBrowser): Promise<MeteredPage> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    page,
    cdp,
    close: async () => {
      await cdp.detach().catch(() => undefined);
      if (!page.isClosed()) await page.close();
    },
  };
}

export interface MainThreadTimes {
  /** Milliseconds of JavaScript on the page's main thread, every world (page and content scripts) included. */
  scriptMs: number;
  /** Milliseconds of all main-thread tasks: script, style, layout, parsing, paint. */
  taskMs: number;
}

export async function mainThreadTimes(cdp: CDPSession): Promise<MainThreadTimes> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => {
    const metric = metrics.find((entry) => entry.name === name);
    if (!metric) throw new Error(`Performance.getMetrics reported no ${name}`);
    return metric.value * 1000;
  };
  return { scriptMs: value('ScriptDuration'), taskMs: value('TaskDuration') };
}

export function difference(after: MainThreadTimes, before: MainThreadTimes): MainThreadTimes {
  return { scriptMs: after.scriptMs - before.scriptMs, taskMs: after.taskMs - before.taskMs };
}

/** The extension's service worker, waiting for it when it is not running (MV3 workers stop when idle). */
export async function extensionWorker(context: BrowserContext, timeoutMs = 15_000): Promise<Worker> {
  const isExtension = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtension, timeout: timeoutMs });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
