import type { ReportReply } from '../shared/to-content';
import type { ConsentHoldSpec } from '../shared/consent-hold-spec';
import { approveControlIn, controlIn, controlLabel, denyControlOn } from './approval-recorder';
import { consentHoldContent } from './consent-hold-ui';
import { mountGuardedDialog, type GuardedDialog } from './warning-ui';

// Google's consent screens answer with "Continue" where others say Accept or Allow; only on a page the background
// verified as an approval page does the word count as approving.
const CONTINUE = /^continue\b/;

/** The approving control an event went through: Accept, Authorize, Allow, Approve, Continue. Never Deny or Cancel. */
export function holdableControlIn(path: readonly EventTarget[]): Element | null {
  const approve = approveControlIn(path);
  if (approve) return approve;
  const control = controlIn(path);
  const label = control ? controlLabel(control) : null;
  return control && label !== null && CONTINUE.test(label) ? control : null;
}

export interface ConsentHold {
  /** Called with each report reply: arms the hold when the background sends a spec, disarms it otherwise. */
  readonly onReply: (reply: ReportReply) => void;
  /** Whether this click is one the hold takes (the recorder then leaves it alone). */
  readonly holds: (event: Event) => boolean;
}

export type StartConsentHold = (onApproved: () => void) => ConsentHold;

/**
 * Holds the user's approval of a high-risk request on a verified approval page until they confirm it in the
 * extension's own dialog (closed shadow root, as hardened as the warning). Only trusted clicks are held:
 * the page's own scripts, and the click "Approve anyway" replays, pass. Deny and Cancel are never held.
 */
export const startConsentHold: StartConsentHold = (onApproved) => {
  let spec: ConsentHoldSpec | null = null;
  let open: GuardedDialog | null = null;

  const holds = (event: Event): boolean =>
    spec !== null && event.isTrusted && holdableControlIn(event.composedPath()) !== null;

  const confirmBefore = (control: Element): void => {
    if (!spec || open) return;
    const dialog = mountGuardedDialog('consent-hold', 'cg-hold-title', () => undefined);
    open = dialog;
    const close = (): void => {
      dialog.remove();
      open = null;
    };
    dialog.show(
      consentHoldContent(spec, {
        approve: () => {
          close();
          onApproved();
          // The page's own submit goes ahead: an untrusted click, which the hold lets through.
          if (control instanceof HTMLElement) control.click();
        },
        cancel: () => {
          close();
          denyControlOn(document)?.focus();
        },
      }),
    );
  };

  const onClick = (event: MouseEvent): void => {
    const control = holds(event) ? holdableControlIn(event.composedPath()) : null;
    if (!control) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    confirmBefore(control);
  };

  return {
    holds,
    onReply: (reply) => {
      const next = window === window.top ? (reply.consentHold ?? null) : null;
      if ((next === null) === (spec === null)) {
        spec = next;
        return;
      }
      spec = next;
      // Capturing on window runs before any page listener can stop or see the event. Clicks only: Enter or Space on
      // the button is a click too, while the submit event that follows any click (the page's own, or the one
      // "Approve anyway" replays) is fired by the browser as trusted and says nothing about who clicked.
      if (spec) window.addEventListener('click', onClick, true);
      else window.removeEventListener('click', onClick, true);
    },
  };
};
