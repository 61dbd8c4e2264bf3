import type { CDPSession, Page, Worker } from 'playwright-core';
import {
  difference,
  extensionWorker,
  mainThreadTimes,
  meteredPage,
  sleep,
  type BenchBrowser,
  type MainThreadTimes,
} from './chromium';
import type { ProbeResult } from './probe/probe-result';

/** Longer than the content script's settle interval (250 ms), so any check a page provoked has run. */
const SETTLE_MS = 400;

export interface Pair<T> {
  baseline: T[];
  consentGuard: T[];
  /** The `--peer` extension's samples, taken in the same rounds, when one is measured. */
  peer?: T[];
}

/**
 * A, B(, C), A, B(, C)…: every browser sees the same drift in machine load over the run. Warm-up rounds (fresh
 * renderer code caches, connection set-up, the service worker's first evaluation context) are dropped.
 */
export async function interleaved<T>(
  browsers: { baseline: BenchBrowser; consentGuard: BenchBrowser; peer?: BenchBrowser | undefined },
  rounds: { warmup: number; runs: number },
  measure: (browser: BenchBrowser, round: number) => Promise<T>,
): Promise<Pair<T>> {
  const out: Pair<T> = { baseline: [], consentGuard: [], ...(browsers.peer ? { peer: [] } : {}) };
  for (let round = 0; round < rounds.warmup + rounds.runs; round += 1) {
    const a = await measure(browsers.baseline, round);
    const b = await measure(browsers.consentGuard, round);
    const c = browsers.peer ? await measure(browsers.peer, round) : undefined;
    if (round < rounds.warmup) continue;
    out.baseline.push(a);
    out.consentGuard.push(b);
    if (c !== undefined) out.peer?.push(c);
  }
  return out;
}

export interface LoadSample extends MainThreadTimes {
  /** navigationStart → loadEventEnd, from the page's Navigation Timing entry. */
  loadMs: number;
  nodes: number;
  /**
   * Thread time spent compiling the extension's content scripts (their top level, when injected). It is main-thread
   * work the page waits for, but `ScriptDuration` leaves it out: it counts running script, and functions compiled
   * on their first call, not the compile that precedes a script's first line.
   */
  contentCompileMs: number;
}

/**
 * One fresh tab, one navigation, main-thread totals once everything the load provoked has settled.
 * `contentScripts`: the paths of the extensions' content script files, whose compiles are counted.
 */
export async function loadSample(
  browser: BenchBrowser,
  url: string,
  contentScripts: ReadonlySet<string>,
): Promise<LoadSample> {
  const metered = await meteredPage(browser);
  try {
    const trace = await startTrace(metered.cdp);
    await metered.page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const times = await mainThreadTimes(metered.cdp);
    const events = await trace.stop();
    const { loadMs, nodes } = await metered.page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let count = 0;
      while (walker.nextNode()) count += 1;
      return { loadMs: navigation?.loadEventEnd ?? Number.NaN, nodes: count };
    });
    return { ...times, loadMs, nodes, contentCompileMs: compileMs(events, contentScripts) };
  } finally {
    await metered.close();
  }
}

/**
 * Thread time of the compiles of the given extension files ('v8.compile' for the classic idle script,
 * 'v8.compileModule' for the wake module; both name the script's URL). Matched by path, so a service worker woken
 * by the navigation, compiled in another process, is not counted.
 */
function compileMs(events: readonly TraceEvent[], paths: ReadonlySet<string>): number {
  let total = 0;
  for (const event of events) {
    const url = event.args?.data?.url;
    if (
      (event.name !== 'v8.compile' && event.name !== 'v8.compileModule') ||
      event.ph !== 'X' ||
      !url?.startsWith('chrome-extension://') ||
      !paths.has(new URL(url).pathname)
    )
      continue;
    if (event.tdur === undefined) throw new Error(`a ${event.name} trace event has no thread duration`);
    total += event.tdur / 1000;
  }
  return total;
}

export interface MutationSample extends MainThreadTimes {
  mutations: number;
  elapsedMs: number;
}

interface MutatingWindow {
  benchMutate(durationMs: number, perSecond: number): Promise<{ mutations: number; elapsedMs: number }>;
}

/** Main-thread time spent while the page mutates its DOM for `durationMs`, load excluded. */
export async function mutationSample(
  browser: BenchBrowser,
  url: string,
  durationMs: number,
  perSecond: number,
): Promise<MutationSample> {
  const metered = await meteredPage(browser);
  try {
    await metered.page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const before = await mainThreadTimes(metered.cdp);
    const made = await metered.page.evaluate(
      ([duration, rate]) => (window as unknown as MutatingWindow).benchMutate(duration, rate),
      [durationMs, perSecond] as const,
    );
    await sleep(SETTLE_MS);
    const after = await mainThreadTimes(metered.cdp);
    return { ...difference(after, before), ...made };
  } finally {
    await metered.close();
  }
}

export interface InspectionSample extends ProbeResult {
  /**
   * Thread time of the task that ran the first inspection (from a trace of the tab): wall-clock time minus the
   * time the main thread was descheduled, which on a shared two-core machine belongs to other processes.
   */
  coldThreadMs: number;
  /** The same for the second inspection: code run once already, and the world's DOM bindings built. */
  warmThreadMs: number;
}

/** A complete trace event ('X'), as Chromium's tracing reports it; `tdur` is thread time, both in µs. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** Task-level timeline events and user timing marks only: light enough not to slow what is measured. */
async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    for (const value of message.value) if (isTraceEvent(value)) events.push(value);
  });
  const complete = new Promise<void>((resolveTrace) => cdp.once('Tracing.tracingComplete', () => resolveTrace()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/**
 * Runs the inspection probe in an isolated world of a fresh tab of `browser` (the baseline, so Consent
 * Guard's own content script does not inspect the page too) and returns what it measured, with the thread
 * time of its cold inspection read from a trace of the tab.
 */
export async function inspectionSample(
  browser: BenchBrowser,
  url: string,
  probeLoader: string,
  marks: { cold: string; warm: string; done: string },
): Promise<InspectionSample> {
  const metered = await meteredPage(browser);
  try {
    await metered.cdp.send('Page.enable');
    await metered.cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: probeLoader,
      worldName: 'consent-guard-bench-probe',
    });
    const trace = await startTrace(metered.cdp);
    await metered.page.goto(url, { waitUntil: 'load' });
    // The probe runs after the first frame, which may come after the load event.
    await metered.page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, marks.done, {
      timeout: 5_000,
    });
    const detail = await metered.page.evaluate(
      (name) => (performance.getEntriesByName(name)[0] as PerformanceMark | undefined)?.detail as unknown,
      marks.done,
    );
    const events = await trace.stop();
    if (!isProbeResult(detail)) throw new Error(`the inspection probe left no result on ${url}`);
    return {
      ...detail,
      coldThreadMs: enclosingThreadMs(events, marks.cold, url),
      warmThreadMs: enclosingThreadMs(events, marks.warm, url),
    };
  } finally {
    await metered.close();
  }
}

/** Thread time of the innermost script call that was running when `mark` was set. */
function enclosingThreadMs(events: readonly TraceEvent[], mark: string, url: string): number {
  const at = events.find((event) => event.name === mark);
  if (!at) throw new Error(`the trace of ${url} holds no ${mark} mark`);
  let innermost: TraceEvent | undefined;
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'FunctionCall' || event.pid !== at.pid || event.tid !== at.tid) continue;
    if (event.tdur === undefined || event.dur === undefined || event.ts > at.ts || event.ts + event.dur < at.ts)
      continue;
    if (!innermost || (innermost.dur ?? 0) > event.dur) innermost = event;
  }
  if (innermost?.tdur === undefined) throw new Error(`the trace of ${url} holds no script call around ${mark}`);
  return innermost.tdur / 1000;
}

function isTraceEvent(value: unknown): value is TraceEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    'ph' in value &&
    'ts' in value &&
    'pid' in value &&
    'tid' in value
  );
}

function isProbeResult(value: unknown): value is ProbeResult {
  return typeof value === 'object' && value !== null && 'totalMs' in value && typeof value.totalMs === 'number';
}

// Plain JavaScript, evaluated in the service worker: wraps chrome.action.setBadgeText so the worker itself
// notes when each badge change has been applied (its callback or promise settles), on the same clock
// (performance.timeOrigin + now) that the page's Navigation Timing uses.
const BADGE_HOOK = `(() => {
  if (Array.isArray(globalThis.__consentGuardBenchBadges)) return 'present';
  const log = [];
  globalThis.__consentGuardBenchBadges = log;
  const action = chrome.action;
  const original = action.setBadgeText;
  const note = (details) => log.push({ tabId: details.tabId, text: details.text, at: performance.timeOrigin + performance.now() });
  action.setBadgeText = function (details, ...rest) {
    const callback = rest[0];
    if (typeof callback === 'function') {
      return original.call(this, details, (...args) => { note(details); return callback(...args); });
    }
    const result = original.call(this, details);
    if (result && typeof result.then === 'function') return result.then((value) => { note(details); return value; });
    note(details);
    return result;
  };
  return action.setBadgeText === original ? 'read-only' : 'installed';
})()`;

interface BadgeEvent {
  tabId: number;
  text: string;
  at: number;
}

async function hookedWorker(browser: BenchBrowser): Promise<Worker> {
  const worker = await extensionWorker(browser.context);
  const state = await worker.evaluate<string>(BADGE_HOOK);
  if (state === 'read-only') throw new Error('chrome.action.setBadgeText cannot be wrapped in this Chromium');
  return worker;
}

async function badgeEvents(worker: Worker): Promise<BadgeEvent[] | null> {
  return worker.evaluate(
    () => (globalThis as unknown as { __consentGuardBenchBadges?: BadgeEvent[] }).__consentGuardBenchBadges ?? null,
  );
}

export interface LatencySample {
  /** DOMContentLoaded (event start) → setBadgeText('OK') applied, in ms. */
  latencyMs: number;
  /** navigationStart → DOMContentLoaded, for context. */
  domContentLoadedMs: number;
  tabId: number;
}

/** Opens `url` in a fresh tab and times the OK badge against the page's own DOMContentLoaded. */
export async function verdictLatencySample(
  browser: BenchBrowser,
  url: string,
  keepOpen = false,
): Promise<LatencySample & { page: Page | null }> {
  const worker = await hookedWorker(browser);
  const page = await browser.context.newPage();
  let done = false;
  try {
    await page.goto(url, { waitUntil: 'load' });
    const { origin, domContentLoaded } = await navigationTimes(page);
    const deadline = Date.now() + 5_000;
    for (;;) {
      const events = await badgeEvents(worker);
      if (events === null) throw new Error('the service worker restarted during the run; its badge hook is gone');
      const ok = events.find((event) => event.at >= origin && event.text === 'OK');
      if (ok) {
        done = true;
        return {
          latencyMs: ok.at - (origin + domContentLoaded),
          domContentLoadedMs: domContentLoaded,
          tabId: ok.tabId,
          page: keepOpen ? page : null,
        };
      }
      if (Date.now() > deadline) throw new Error(`no OK badge within 5 s of loading ${url}`);
      await sleep(10);
    }
  } finally {
    if (!(done && keepOpen)) await page.close();
  }
}

async function navigationTimes(page: Page): Promise<{ origin: number; domContentLoaded: number }> {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { origin: performance.timeOrigin, domContentLoaded: navigation?.domContentLoadedEventStart ?? Number.NaN };
  });
}

export interface PopupSample {
  /** First contentful paint of the popup page, from its Paint Timing entry. */
  firstContentfulPaintMs: number;
  /**
   * Navigation start until the popup shows the grants (checked each frame): their count in the provider's
   * heading and the first page of them (the popup renders 50 at a time, however many there are) with Revoke buttons.
   */
  grantsListedMs: number;
}

/** The first page of grants the popup renders (src/popup/authorizations/ProviderSection.tsx). */
export const POPUP_PAGE_SIZE = 50;

/** The popup opened as a page of its own for `tabId` (as the e2e tests open it), until it shows `grants` grants. */
export async function popupSample(browser: BenchBrowser, popupUrl: string, grants: number): Promise<PopupSample> {
  const page = await browser.context.newPage();
  try {
    await page.goto(popupUrl, { waitUntil: 'commit' });
    const listed = await page.waitForFunction(
      ([expected, pageSize]) => {
        const count =
          document.querySelector('[data-provider="azure-devops"][data-status="ok"] h3 .count')?.textContent ?? '';
        const revokes = [...document.querySelectorAll('button')].filter((button) =>
          /^revoke/i.test(button.textContent.trim()),
        ).length;
        return count.includes(String(expected)) && revokes >= Math.min(expected, pageSize) ? performance.now() : false;
      },
      [grants, POPUP_PAGE_SIZE] as const,
      { polling: 'raf', timeout: 10_000 },
    );
    const grantsListedMs = (await listed.jsonValue()) as number;
    // Paint timing entries arrive once the frame has been presented, which can be after the list is seen.
    const painted = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
      undefined,
      { timeout: 2_000 },
    );
    const firstContentfulPaintMs = (await painted.jsonValue()) as number;
    return { firstContentfulPaintMs, grantsListedMs };
  } finally {
    await page.close();
  }
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s without events: closing its DevTools target
 * ends it. The next event (a navigation's tabs.onUpdated, a page report) starts it again from nothing.
 */
export async function stopExtensionWorker(browser: BenchBrowser): Promise<void> {
  const handle = browser.context.browser();
  if (!handle) throw new Error('no browser-level DevTools session to stop the service worker with');
  const session = await handle.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
    );
    if (worker) await session.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await session.detach();
  }
}

/**
 * A page of the extension's own origin that only reads badges (its manifest, shown as text, gets the extension
 * APIs): unlike a hook in the service worker, it sees the badge of a worker that started for that very page.
 */
export async function badgeWatcher(browser: BenchBrowser, extensionOrigin: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${extensionOrigin}/manifest.json`);
  return page;
}

interface BadgeApi {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** Opens `url` in a fresh tab; DOMContentLoaded → the watcher first sees the OK badge (polled every 2 ms). */
export async function watchedVerdictSample(browser: BenchBrowser, watcher: Page, url: string): Promise<number> {
  const seen = watcher.evaluate(async (target) => {
    const api = (globalThis as unknown as { chrome: BadgeApi }).chrome;
    const deadline = performance.now() + 5_000;
    while (performance.now() < deadline) {
      const [tab] = await api.tabs.query({ url: target });
      if (tab?.id !== undefined && (await api.action.getBadgeText({ tabId: tab.id })) === 'OK')
        return performance.timeOrigin + performance.now();
      await new Promise((resolveWait) => setTimeout(resolveWait, 2));
    }
    return null;
  }, url);
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const at = await seen;
    if (at === null) throw new Error(`no OK badge within 5 s of loading ${url}`);
    const { origin, domContentLoaded } = await navigationTimes(page);
    return at - (origin + domContentLoaded);
  } finally {
    await page.close();
  }
}

export interface ContentScriptEvidence {
  /** The extension's name as Chromium resolved it (its isolated world is named after it). */
  world: string;
  /** The extension's content script files the page's V8 parsed (`Debugger.scriptParsed`), as their paths. */
  parsed: string[];
  /** Event listeners on `window` and `document` that those scripts added: proof that they ran, not only loaded. */
  listeners: string[];
}

/**
 * Whether an extension's content scripts really run on `url`: which of its files the page parsed, and which
 * listeners they left on the window and document, read in the extension's own isolated world (a listener is only
 * listed from the world that added it). A peer whose script never ran would measure as the floor.
 */
export async function contentScriptEvidence(
  browser: BenchBrowser,
  url: string,
  paths: ReadonlySet<string>,
): Promise<ContentScriptEvidence> {
  const metered = await meteredPage(browser);
  try {
    const scripts = new Map<string, string>();
    const worlds: { id: number; name: string }[] = [];
    metered.cdp.on('Debugger.scriptParsed', (event) => {
      if (!event.url.startsWith('chrome-extension://')) return;
      const path = new URL(event.url).pathname;
      if (paths.has(path)) scripts.set(event.scriptId, path);
    });
    metered.cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
        worlds.push({ id: context.id, name: context.name });
    });
    await metered.cdp.send('Runtime.enable');
    await metered.cdp.send('Debugger.enable');
    await metered.page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const listeners: string[] = [];
    for (const world of worlds) {
      for (const target of ['window', 'document']) {
        const evaluated = await metered.cdp
          .send('Runtime.evaluate', { expression: target, contextId: world.id })
          .catch(() => undefined);
        const objectId = evaluated?.result.objectId;
        if (objectId === undefined) continue;
        const found = await metered.cdp.send('DOMDebugger.getEventListeners', { objectId });
        for (const listener of found.listeners)
          if (scripts.has(listener.scriptId)) listeners.push(`${target} ${listener.type}`);
      }
    }
    return {
      world: worlds.map((world) => world.name).join(', '),
      parsed: [...new Set(scripts.values())].sort(),
      listeners: listeners.sort(),
    };
  } finally {
    await metered.cdp.send('Debugger.disable').catch(() => undefined);
    await metered.close();
  }
}
