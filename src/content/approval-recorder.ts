import { appNameOnPage } from '../core/page/app-name';
import { isApproveWording, isDenyWording } from '../core/page/page-vocabulary';
import type { ContentMessage, ReportReply } from '../shared/messages';
import { runtimeApi } from './extension-api';

const CONTROL = 'button, input[type="submit"], input[type="button"], [role="button"]';
const MAX_LABEL = 40;

let sentFor: string | null = null;

/**
 * Tells the background the user accepted on this page (once per address); it records the grant from its own verdict.
 */
export function recordAcceptance(): void {
  if (sentFor === location.href) return;
  sentFor = location.href;
  const message: ContentMessage = { type: 'approval-accepted', appName: appNameOnPage(document) };
  // The page is about to navigate away; the background records the grant whatever happens to this promise.
  runtimeApi()
    .sendMessage(message)
    .catch(() => undefined);
}

/**
 * Watches for the user accepting on a verified approval page, so the grant can be recorded. It listens only
 * while the background says this document is a verified approval page, and counts only trusted clicks (a
 * mouse click, or Enter/Space on the button): `button.click()` or a dispatched event from the page is not the
 * user. A click the consent confirmation holds (`isHeld`) is recorded only once the user approves there.
 * Returns the hook the inspector calls with each report reply.
 */
export function startApprovalRecorder(
  isHeld: (event: MouseEvent) => boolean = () => false,
): (reply: ReportReply) => void {
  let listening = false;

  const onClick = (event: MouseEvent): void => {
    if (!event.isTrusted || isHeld(event)) return;
    if (approveControlIn(event.composedPath())) recordAcceptance();
  };

  return (reply) => {
    const verified = window === window.top && reply.verifiedApproval === true;
    if (verified === listening) return;
    listening = verified;
    // Capturing on window runs before any page listener can stop the event.
    if (verified) window.addEventListener('click', onClick, true);
    else window.removeEventListener('click', onClick, true);
  };
}

/**
 * The approve button the click landed on, by its wording (the same words the page snapshot counts as approve actions).
 */
export function approveControlIn(path: readonly EventTarget[]): Element | null {
  const control = controlIn(path);
  const label = control ? controlLabel(control) : null;
  return control && label !== null && isApproveWording(label) && !isDenyWording(label) ? control : null;
}

/** The button (or button-like control) an event's path passes through. */
export function controlIn(path: readonly EventTarget[]): Element | null {
  // Checked by node type rather than instanceof: pages and tests can hand over nodes from another realm.
  const target = path.find((node): node is Element => (node as Partial<Node>).nodeType === 1);
  return target?.closest(CONTROL) ?? null;
}

/** A control's wording, lowercased; null when it has none or more than a button's worth. */
export function controlLabel(control: Element): string | null {
  const label = (
    control.tagName === 'INPUT'
      ? (control as HTMLInputElement).value
      : (control.getAttribute('aria-label') ?? control.textContent)
  )
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return label === '' || label.length > MAX_LABEL ? null : label;
}

/** The page's own refusal button (Deny, Cancel, Don't allow), where the user's "no" belongs. */
export function denyControlOn(doc: Document): HTMLElement | null {
  for (const control of Array.from(doc.querySelectorAll<HTMLElement>(CONTROL)).slice(0, 50)) {
    const label = controlLabel(control);
    if (label !== null && isDenyWording(label)) return control;
  }
  return null;
}
