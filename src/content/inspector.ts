import * as v from 'valibot';
import { runtimeApi } from './extension-api';
import { needsInspection } from '../core/page/quick-gate';
import { isIdentifierInput } from '../core/page/page-vocabulary';
import { takeSnapshot } from '../core/page/snapshot';
import type { PageSnapshot } from '../core/page/snapshot-types';
import type { ContentMessage } from '../shared/messages';
import { ReportReplySchema, type ReportReply } from '../shared/to-content';
import { presentWarning } from './present-warning';

const SETTLE_MS = 250;
const MAX_DUTY_FACTOR = 20;
const isTop = window === window.top;

/**
 * Reports this frame once, then again only when something that matters changes: the URL (in-page navigation),
 * or a page that could ask for credentials changing shape (a password step revealed, a form injected later).
 * Mutations are only noted; the check runs once per settle interval, never per mutation.
 */
export function startInspector(onReply?: (reply: ReportReply) => void): void {
  let lastSent: string | null = null;
  let lastHref = '';
  let timer: number | undefined;

  let focusedCredential = false;
  let lastCost = 0;

  const check = (): void => {
    timer = undefined;
    const hrefChanged = location.href !== lastHref;
    // Once a credential field has had focus, the page stays inspected whatever the gate says.
    const gated = focusedCredential || needsInspection(document);
    if (gated) watchReveals();
    const started = performance.now();
    const snapshot = gated ? takeSnapshot(document) : null;
    lastCost = performance.now() - started;
    const key = snapshot ? JSON.stringify(snapshot) : '';
    // Frames with nothing to guard stay silent; the top frame always reports so its badge is cleared or set.
    if (key === lastSent && !hrefChanged) return;
    if (!snapshot && !isTop && lastSent === null) return;
    lastSent = key;
    lastHref = location.href;
    void report(snapshot, onReply);
  };

  // Re-checks of a busy page are spaced so that inspection never takes more than a twentieth of the main thread.
  const schedule = (): void => {
    timer ??= window.setTimeout(check, Math.max(SETTLE_MS, lastCost * MAX_DUTY_FACTOR));
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document, { childList: true, subtree: true });
  let watchingAttributes = false;
  // Two-step sign-ins reveal the password step by flipping `hidden`/`style`/`class`, adding no nodes.
  // Attribute changes are frequent on ordinary pages, so they are watched only on pages past the gate.
  const watchReveals = (): void => {
    if (watchingAttributes) return;
    watchingAttributes = true;
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'type'] });
  };
  check();
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);
  // history.pushState changes the URL without any event older APIs see; the Navigation API reports it.
  navigationApi()?.addEventListener('currententrychange', schedule);
  // A credential field can appear where the gate does not look (a shadow root) or no mutation reaches us
  // (a closed shadow root): focusing it is the last moment to inspect before anything is typed.
  window.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLInputElement && (target.type === 'password' || isIdentifierInput(target))) {
        if (timer !== undefined) window.clearTimeout(timer);
        focusedCredential = true;
        check();
      }
    },
    true,
  );
}

async function report(snapshot: PageSnapshot | null, onReply?: (reply: ReportReply) => void): Promise<void> {
  const message: ContentMessage = { type: 'page-report', href: location.href, snapshot };
  let reply: unknown;
  try {
    reply = await runtimeApi().sendMessage(message);
  } catch {
    // The extension was updated or reloaded under this page; there is nobody left to report to.
    return;
  }
  // Almost every page gets this answer; recognising it directly keeps the schema code cold on ordinary pages.
  if (isNothingToDo(reply)) return;
  const parsed = v.safeParse(ReportReplySchema, reply);
  if (!parsed.success) return;
  if (parsed.output.warning && isTop) presentWarning(parsed.output.warning);
  onReply?.(parsed.output);
}

function isNothingToDo(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && Object.keys(reply).length === 1 && (reply as { warning?: unknown }).warning === null;
}

function navigationApi(): EventTarget | undefined {
  return (window as Window & { navigation?: EventTarget }).navigation;
}
