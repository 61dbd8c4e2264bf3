import type { BrowserName } from './paths';

export interface WaitOptions {
  /** Default `visible`. */
  state?: 'attached' | 'detached' | 'visible' | 'hidden';
  timeout?: number;
}

/** What has keyboard focus, described the way a test wants to assert on it. */
export interface FocusInfo {
  tag: string;
  id: string;
  role: string | null;
  /** aria-label, else the element's trimmed text, else its value. */
  label: string;
  /**
   * The element's data-consent-guard attribute: focus inside the warning's closed shadow root shows
   * up, to the page, as focus on its host (`"warning"`).
   */
  consentGuard: string | null;
}

export interface TestPage {
  url(): string;
  title(): Promise<string>;
  /** Runs in the page. Functions are serialized: they must not close over anything from the test. */
  evaluate<T>(fn: string | (() => T | Promise<T>)): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  click(selector: string): Promise<void>;
  /** Real keystrokes into the element, one character at a time (key handlers see every key). */
  type(selector: string, text: string): Promise<void>;
  /** A key or a chord such as `Shift+Tab`, sent to whatever has focus. */
  press(key: string): Promise<void>;
  waitFor(selector: string, options?: WaitOptions): Promise<void>;
  /** Waits until the top document's URL satisfies `expected` (e.g. after a redirect to an extension page). */
  waitForUrl(expected: string | RegExp | ((url: string) => boolean), timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The focused element, or null when focus is on the document itself. */
  focused(): Promise<FocusInfo | null>;
  /** Presses Tab (Shift+Tab when `backwards`) and reports where focus went. */
  tab(backwards?: boolean): Promise<FocusInfo | null>;
  /** Presses Tab until the focused element matches `selector`; returns the number of presses. */
  tabTo(selector: string, maxPresses?: number): Promise<number>;
  close(): Promise<void>;
}

export interface Badge {
  text: string;
  title: string;
  /** `#rrggbb`, or null when the background is fully transparent (never set). */
  color: string | null;
  tabId: number;
}

export interface ExpectedBadge {
  text: string;
  /** `'red'` or `'green'` for the colour family, or an exact `#rrggbb`. */
  color?: string;
  title?: string | RegExp;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** chrome-extension id in Chromium, the internal moz-extension UUID in Firefox. */
  readonly extensionHost: string;
  open(url: string): Promise<TestPage>;
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<TestPage>;
  /** The toolbar badge of the tab whose top document the extension recorded at `pageUrl`. */
  badgeFor(pageUrl: string, timeoutMs?: number): Promise<Badge>;
  /** Polls until the badge matches (verdicts are asynchronous), failing with the last badge seen. */
  expectBadge(pageUrl: string, expected: ExpectedBadge, timeoutMs?: number): Promise<Badge>;
  /** Chromium only: stops the MV3 service worker as the browser would when idle. */
  stopServiceWorker?(): Promise<void>;
  /** Chromium only: whether the extension's service worker is running now. */
  isServiceWorkerRunning?(): Promise<boolean>;
  /** Chromium only: resolves once the service worker runs (again). */
  waitForServiceWorker?(timeoutMs?: number): Promise<void>;
  /** Closes every page opened through this driver (not the internal probe page). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** The extension page whose privileges the badge probe borrows; every build ships the popup. */
export const PROBE_PAGE = 'src/popup/index.html';

interface ProbeArgs {
  pageUrl: string;
  timeoutMs: number;
  /**
   * Set when an empty badge is expected: a page with nothing to guard reports nothing, so after this long
   * without a tab state the probe answers for every tab at once (see `silentPage`).
   */
  quietMs?: number;
}

type ProbeResult =
  | { ok: true; tabId: number; text: string; title: string; color: number[] }
  | { ok: true; silent: true; badges: string[] }
  | { ok: false; reason: string; found: Record<string, unknown> };

// Plain JavaScript, kept as text so that no test-side transform can leak into the page. It runs in an
// extension page, where storage.session and action.* are available in both browsers (`browser` in
// Firefox, `chrome` in Chromium; the promise forms are the same).
const PROBE_SOURCE = `async ({ pageUrl, timeoutMs, quietMs }) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const normal = (u) => { try { return new URL(u).href; } catch { return u; } };
  const want = normal(pageUrl);
  const started = Date.now();
  const deadline = started + timeoutMs;
  for (;;) {
    const all = await api.storage.session.get(null);
    const candidates = [];
    for (const [key, value] of Object.entries(all)) {
      const m = /^tab:(\\d+)$/.exec(key);
      if (m && value && typeof value === 'object' && typeof value.url === 'string' && normal(value.url) === want) {
        candidates.push(Number(m[1]));
      }
    }
    const live = [];
    for (const id of candidates) {
      try { await api.tabs.get(id); live.push(id); } catch { /* closed tab with stale state */ }
    }
    if (live.length > 0) {
      const tabId = Math.max(...live);
      const [text, title, color] = await Promise.all([
        api.action.getBadgeText({ tabId }),
        api.action.getTitle({ tabId }),
        api.action.getBadgeBackgroundColor({ tabId }),
      ]);
      return { ok: true, tabId, text, title, color: Array.from(color) };
    }
    // A retry near the deadline gets what time is left: the first call already waited the whole quiet period.
    if (quietMs !== undefined && Date.now() - started >= Math.min(quietMs, timeoutMs)) {
      const tabs = await api.tabs.query({});
      const badges = await Promise.all(tabs.map((tab) => api.action.getBadgeText({ tabId: tab.id })));
      return { ok: true, silent: true, badges };
    }
    if (Date.now() > deadline) {
      const found = {};
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith('tab:')) found[key] = value && typeof value === 'object' ? value.url : value;
      }
      return { ok: false, reason: candidates.length > 0 ? 'only closed tabs had that URL' : 'no tab state had that URL', found };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}`;

export function hexColor(rgba: readonly number[]): string | null {
  const [r = 0, g = 0, b = 0, a = 255] = rgba;
  if (a === 0) return null;
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Coarse colour family, so tests can say "red" without pinning an exact shade. */
export function colorFamily(hex: string | null): 'red' | 'green' | 'other' | 'none' {
  if (hex === null) return 'none';
  const value = Number.parseInt(hex.slice(1), 16);
  const r = (value >> 16) & 0xff;
  const g = (value >> 8) & 0xff;
  const b = value & 0xff;
  if (r > 120 && r > g * 1.6 && r > b * 1.6) return 'red';
  if (g > 90 && g > r * 1.3 && g > b * 1.3) return 'green';
  return 'other';
}

/**
 * Longer than a page takes to be checked and reported (the first check waits for the first frame, at most
 * 100 ms, then one message): a page still without a tab state by then has said nothing.
 */
const QUIET_MS = 1_500;
/** How long a tab is given to close after a test before it is left to the browser's own close. */
const CLOSE_WAIT_MS = 10_000;

/**
 * The answer for a page that reported nothing. Its tab is not known to the extension (no tab state names it,
 * and the extension may not read tab URLs), so the claim "its badge is empty" is checked on every tab: it
 * holds only if no tab shows a badge at all. Tests close their pages, so other tests' badges do not linger.
 */
function silentPage(badges: readonly string[]): Badge {
  const shown = badges.filter((text) => text !== '');
  return { text: shown[0] ?? '', title: '', color: null, tabId: SILENT_TAB };
}

/** `Badge.tabId` of a page that reported nothing (see `silentPage`). */
export const SILENT_TAB = -1;

function badgeMatches(badge: Badge, expected: ExpectedBadge): boolean {
  if (badge.text !== expected.text) return false;
  if (expected.color !== undefined) {
    const wanted = expected.color.toLowerCase();
    const family = colorFamily(badge.color);
    if (wanted === 'red' || wanted === 'green' ? family !== wanted : badge.color !== wanted) return false;
  }
  if (expected.title !== undefined) {
    if (typeof expected.title === 'string' ? badge.title !== expected.title : !expected.title.test(badge.title))
      return false;
  }
  return true;
}

/** Browser-independent half of a driver: badge reading on top of "open an extension page". */
export abstract class BaseExtensionBrowser implements ExtensionBrowser {
  abstract readonly name: BrowserName;
  abstract readonly extensionHost: string;
  protected readonly openPages = new Set<TestPage>();
  private probe: Promise<TestPage> | undefined;

  /** `chrome-extension:` or `moz-extension:`. */
  protected abstract readonly extensionScheme: string;
  abstract close(): Promise<void>;
  /** A new, empty tab wrapped for tests; its wrapper calls `untrack` when it closes. */
  protected abstract createPage(): Promise<TestPage>;

  extensionUrl(path: string): string {
    return `${this.extensionScheme}//${this.extensionHost}/${path.replace(/^\//, '')}`;
  }

  async open(url: string): Promise<TestPage> {
    const page = this.track(await this.createPage());
    try {
      await page.goto(url);
    } catch (error) {
      await page.close();
      throw error;
    }
    return page;
  }

  async openExtensionPage(path: string): Promise<TestPage> {
    return this.open(this.extensionUrl(path));
  }

  async badgeFor(pageUrl: string, timeoutMs = 10_000, quietMs?: number): Promise<Badge> {
    const probe = await this.probePage();
    const args: ProbeArgs = { pageUrl, timeoutMs, ...(quietMs === undefined ? {} : { quietMs }) };
    const source = `(${PROBE_SOURCE})(${JSON.stringify(args)})`;
    let result: ProbeResult;
    try {
      result = await probe.evaluate<ProbeResult>(source);
    } catch {
      // A test may have closed or navigated the probe tab; one fresh probe page is worth a retry.
      this.probe = undefined;
      result = await (await this.probePage()).evaluate<ProbeResult>(source);
    }
    if (!result.ok) {
      throw new Error(
        `${this.name}: no tab state for ${pageUrl} in storage.session after ${timeoutMs} ms (${result.reason}). ` +
          `Found: ${JSON.stringify(result.found, null, 2)}`,
      );
    }
    if ('silent' in result) return silentPage(result.badges);
    return { text: result.text, title: result.title, color: hexColor(result.color), tabId: result.tabId };
  }

  async expectBadge(pageUrl: string, expected: ExpectedBadge, timeoutMs = 10_000): Promise<Badge> {
    const deadline = Date.now() + timeoutMs;
    let last: Badge | undefined;
    for (;;) {
      last = await this.badgeFor(
        pageUrl,
        Math.max(deadline - Date.now(), 0),
        expected.text === '' ? QUIET_MS : undefined,
      );
      if (badgeMatches(last, expected)) return last;
      if (Date.now() > deadline) {
        throw new Error(
          `${this.name}: badge for ${pageUrl} did not become ${JSON.stringify({ ...expected, title: String(expected.title) })}; ` +
            `last seen ${JSON.stringify({ ...last, colorFamily: colorFamily(last.color) })}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async closePages(): Promise<void> {
    const pages = [...this.openPages];
    this.openPages.clear();
    // A tab left mid-navigation by a form POST can fail to answer its close in Chromium; the browser is closed
    // with the file, so a tab that does not close in time is left to it rather than failing the next test.
    await Promise.allSettled(
      pages.map((p) => Promise.race([p.close(), new Promise<void>((r) => setTimeout(r, CLOSE_WAIT_MS))])),
    );
  }

  protected track(page: TestPage): TestPage {
    this.openPages.add(page);
    return page;
  }

  protected untrack(page: TestPage): void {
    this.openPages.delete(page);
  }

  private probePage(): Promise<TestPage> {
    if (!this.probe) {
      const opening = this.open(this.extensionUrl(PROBE_PAGE)).then((page) => {
        // The probe lives for the whole session; test cleanup must not close it.
        this.untrack(page);
        return page;
      });
      opening.catch(() => {
        this.probe = undefined;
      });
      this.probe = opening;
    }
    return this.probe;
  }
}
