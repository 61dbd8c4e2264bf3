import { DEVICE_LOGIN_TEXT, printsDeviceLogin } from '../core/page/device-text';

/** Why the content script wakes up on a page. */
export type WakeReason =
  /** The page passed the gate as it loaded: it is read once its first frame is painted. */
  | { readonly kind: 'loaded' }
  /** The page passed the gate after a change, or a top page gained frames: it is looked at now. */
  | { readonly kind: 'changed' }
  /** A top page that holds frames: a frame's danger must be shown on the page around it. */
  | { readonly kind: 'frames' }
  /** The user focused something editable: a credential field, or anything the password-reuse alert watches. */
  | { readonly kind: 'focus'; readonly target: EventTarget }
  /**
   * A provider's device-code entry page (the whole script knows it by its URL), or a page where the user pointed at
   * or focused a link to one, or copied something from a page that names one (a possible lure): inspected whatever
   * the gate says.
   */
  | { readonly kind: 'device-code' };

const WATCHED: MutationObserverInit = { childList: true, subtree: true };
/** Focus (a field about to be typed into), pointing at a link, copying: the user's moves that may wake the page. */
const WAKING_EVENTS = ['focusin', 'pointerover', 'copy'] as const;

/** How long DOM changes are left to settle before the page is looked at again. */
export const SETTLE_MS = 250;
/**
 * The longest wait between two looks at a page that keeps changing: each look that finds nothing doubles the wait up
 * to this, and a page quiet for this long is looked at after `SETTLE_MS` again. A form injected into a busy page is
 * still seen within a second, and a field focused is seen at once.
 */
const BUSY_SETTLE_MS = 1_000;

/**
 * The content script's whole life on a page with nothing to guard: a gate, one mutation observer and one
 * focus listener. Nothing else runs until `wake` is called, once; the watcher then removes itself. The idle
 * script watches with the wake gate and wakes the wake module, which watches again with the inspection
 * gate where that says no, and starts the inspector where it says yes. `firstKind` is the wake-up a page that
 * passes the gate at once gets: the wake module passes on why the idle script woke it.
 */
export function watchUntilWake(
  gate: (doc: Document) => boolean,
  wake: (reason: WakeReason) => void,
  firstKind: 'loaded' | 'changed' = 'loaded',
): void {
  if (gate(document)) {
    wake({ kind: firstKind });
    return;
  }
  if (isTopWithFrames()) {
    wake({ kind: 'frames' });
    return;
  }

  let timer: number | undefined;
  let awake = false;
  let settle = SETTLE_MS;
  let lastLook = 0;
  const handOver = (reason: WakeReason): void => {
    if (awake) return;
    awake = true;
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of WAKING_EVENTS) window.removeEventListener(type, onFocus, true);
    wake(reason);
  };
  // The gate reads the document as it is, not the mutation records, so the first change only starts the settle
  // interval and the observer stops listening until the gate has run again: a page that changes all the time costs
  // one callback and one gate per interval, not a callback per change, and the interval grows while it keeps changing.
  const recheck = (): void => {
    lastLook = Date.now();
    if (gate(document)) handOver({ kind: 'changed' });
    else if (isTopWithFrames()) handOver({ kind: 'frames' });
    else {
      settle = Math.min(settle * 2, BUSY_SETTLE_MS);
      observer.observe(document, WATCHED);
    }
  };
  const observer = new MutationObserver(() => {
    observer.disconnect();
    if (Date.now() - lastLook > BUSY_SETTLE_MS) settle = SETTLE_MS;
    timer = window.setTimeout(recheck, settle);
  });
  // A credential field can appear where the gate does not look (a shadow root) or no mutation reaches us (a
  // closed shadow root): focusing it is the last moment to inspect before anything is typed.
  // A link to a device-code page may be a lure's: pointing at it or tabbing to it comes before following it. A lure
  // that prints the address instead is read when the user copies from it (the code, most likely): reading a page's
  // text as it loads costs every page more than the whole idle script (docs/performance.md).
  const onFocus = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target && event.type === 'focusin' && isEditable(target)) handOver({ kind: 'focus', target });
    else if (
      event.type === 'copy'
        ? printsDeviceLogin(document)
        : target instanceof Element && DEVICE_LOGIN_TEXT.test(target.closest('a')?.getAttribute('href') ?? '')
    )
      handOver({ kind: 'device-code' });
  };
  observer.observe(document, WATCHED);
  for (const type of WAKING_EVENTS) window.addEventListener(type, onFocus, true);
}

/** A top page holding frames (`window.length`: no DOM walk) must hear about dangers found in them. */
export function isTopWithFrames(): boolean {
  return window === window.top && window.length > 0;
}

export function isEditable(target: EventTarget): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
