import { runtimeApi } from './extension-api';
import { shouldInspect } from '../core/page/inspection-gate';
import { isIdentifierInput } from '../core/page/page-vocabulary';
import { takeSnapshot } from '../core/page/snapshot';
import { pagePrintsDeviceLogin, withDeviceCodeCues } from '../core/page/device-code-cues';
import type { PageSnapshot } from '../core/page/snapshot-types';
import type { ContentMessage } from '../shared/messages';
import type { ReportReply } from '../shared/to-content';
import { isReportReply } from './reply-guards';
import { presentWarning } from './present-warning';
import { listenForWarnings } from './warning-listener';
import { afterFirstPaint } from './after-first-paint';
import { isEditable, isTopWithFrames, SETTLE_MS, type WakeReason } from './idle-watch';

const MAX_DUTY_FACTOR = 20;
const isTop = window === window.top;

/**
 * Reports this frame, then again only when something that matters changes: the URL (in-page navigation), or the
 * page changing shape (a password step revealed, a form injected later). Mutations are only noted; the check
 * runs once per settle interval, never per mutation.
 *
 * It starts when the idle watcher wakes it. A page with nothing to guard is never reported: the background
 * clears the tab's verdict when a navigation starts, so silence means "nothing here". The exceptions are a top
 * frame that holds frames (a frame's danger must be shown on the page around it) and a page where the user is
 * about to type (the password-reuse alert needs the background's answer).
 */
export function startInspector(reason: WakeReason, onReply?: (reply: ReportReply) => void): void {
  let lastSent: string | null = null;
  let lastHref = '';
  let timer: number | undefined;

  let focusedCredential = false;
  let focusedField: Element | null = null;
  /** Something editable got focus: the background's answer (the password-reuse alert's mode) is wanted now. */
  let typingAhead = false;
  let lastCost = 0;
  const alwaysInspected = reason.kind === 'device-code';

  const check = (): void => {
    timer = undefined;
    // document.URL, not location.href: the document is already wrapped in this world, the Location object is not.
    const hrefChanged = document.URL !== lastHref;
    // Once a credential field has had focus, the page stays inspected whatever the inspection gate says.
    const inspected = focusedCredential || shouldInspect(document);
    // Elsewhere a lure may print its device-login address without a link: only then is the page's text read.
    const printed = !inspected && timed(() => pagePrintsDeviceLogin(document));
    const gated = inspected || printed || alwaysInspected;
    if (gated) watchReveals();
    const snapshot = gated
      ? timed(() => withDeviceCodeCues(document, takeSnapshot(document, focused()), printed))
      : null;
    const key = snapshot ? JSON.stringify(snapshot) : '';
    if (key === lastSent && !hrefChanged) return;
    // Nothing to guard and nothing said yet: stay silent, unless the user is about to type (the password-reuse
    // alert watches typing anywhere) or this top page holds frames.
    if (!snapshot && lastSent === null && !typingAhead && !isTopWithFrames()) return;
    followInPageNavigation();
    lastSent = key;
    lastHref = document.URL;
    void report(snapshot, onReply);
  };

  // The clock is read only around a read of the page: even `performance` costs a page that needs nothing its first
  // use.
  const timed = <T>(read: () => T): T => {
    const started = performance.now();
    const result = read();
    lastCost = performance.now() - started;
    return result;
  };
  // A focused field is read whatever its depth (a shadow root, the bottom of a long page).
  const focused = (): Element[] => (focusedField ? [focusedField] : []);

  // Re-checks of a busy page are spaced so that inspection never takes more than a twentieth of the main thread.
  const schedule = (): void => {
    timer ??= window.setTimeout(check, Math.max(SETTLE_MS, lastCost * MAX_DUTY_FACTOR));
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document, { childList: true, subtree: true });
  let watchingAttributes = false;
  // Two-step sign-ins reveal the password step by flipping `hidden`/`style`/`class`, adding no nodes.
  // Attribute changes are frequent on ordinary pages, so they are watched only on pages past the inspection gate.
  const watchReveals = (): void => {
    if (watchingAttributes) return;
    watchingAttributes = true;
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'type'],
    });
  };
  let followingNavigation = false;
  // A reported page is followed through in-page navigations: history.pushState changes the URL without any
  // event older APIs see, the Navigation API reports it. Elsewhere an in-page navigation that matters changes
  // the DOM, which the observer sees.
  const followInPageNavigation = (): void => {
    if (followingNavigation) return;
    followingNavigation = true;
    navigationApi()?.addEventListener('currententrychange', schedule);
    window.addEventListener('popstate', schedule);
    window.addEventListener('hashchange', schedule);
  };
  const onFocus = (target: EventTarget): void => {
    if (target instanceof HTMLInputElement && (target.type === 'password' || isIdentifierInput(target))) {
      if (timer !== undefined) window.clearTimeout(timer);
      focusedCredential = true;
      focusedField = target;
      check();
    } else if (lastSent === null && !typingAhead && isEditable(target)) {
      typingAhead = true;
      check();
    }
  };
  // A page that passed the inspection gate as it loaded waits for its first frame to be read in full (no forced
  // style or layout); a change, frames or a focused field are looked at now.
  if (reason.kind === 'loaded' || alwaysInspected) afterFirstPaint(check);
  else if (reason.kind === 'focus') onFocus(reason.target);
  else check();
  // The last moment to inspect before anything is typed (see the idle watcher).
  window.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (target) onFocus(target);
    },
    true,
  );
}

async function report(snapshot: PageSnapshot | null, onReply?: (reply: ReportReply) => void): Promise<void> {
  const message: ContentMessage = { type: 'page-report', href: document.URL, snapshot };
  let reply: unknown;
  try {
    // Listening first: a frame's report may make the background warn this page before our reply arrives.
    listenForWarnings();
    reply = await runtimeApi().sendMessage(message);
  } catch {
    // The extension was updated or reloaded under this page; there is nobody left to report to.
    return;
  }
  if (!isReportReply(reply)) return;
  if (reply.warning && isTop) presentWarning(reply.warning);
  onReply?.(reply);
}

function navigationApi(): EventTarget | undefined {
  return (window as Window & { navigation?: EventTarget }).navigation;
}
