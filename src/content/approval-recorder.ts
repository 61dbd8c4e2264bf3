import { appNameOnPage } from '../core/page/app-name';
import { isApproveWording, isDenyWording } from '../core/page/page-vocabulary';
import type { ContentMessage, ReportReply } from '../shared/messages';
import { runtimeApi } from './extension-api';

const CONTROL = 'button, input[type="submit"], input[type="button"], [role="button"]';
const MAX_LABEL = 40;

/**
 * Watches for the user accepting on a verified approval page, so the grant can be recorded. It listens only
 * while the background says this document is a verified approval page, and counts only trusted clicks (a
 * mouse click, or Enter/Space on the button): `button.click()` or a dispatched event from the page is not the
 * user. Returns the hook the inspector calls with each report reply.
 */
export function startApprovalRecorder(): (reply: ReportReply) => void {
  let listening = false;
  let sentFor: string | null = null;

  const onClick = (event: MouseEvent): void => {
    if (!event.isTrusted || sentFor === location.href) return;
    if (!approveControlIn(event.composedPath())) return;
    sentFor = location.href;
    const message: ContentMessage = { type: 'approval-accepted', appName: appNameOnPage(document) };
    // The page is about to navigate away; the background records the grant whatever happens to this promise.
    runtimeApi().sendMessage(message).catch(() => undefined);
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

/** The approve button the click landed on, by its wording (the same words the page snapshot counts as approve actions). */
export function approveControlIn(path: readonly EventTarget[]): Element | null {
  // Checked by node type rather than instanceof: pages and tests can hand over nodes from another realm.
  const target = path.find((node): node is Element => (node as Partial<Node>).nodeType === 1);
  const control = target?.closest(CONTROL);
  if (!control) return null;
  const label = (control.tagName === 'INPUT' ? (control as HTMLInputElement).value : (control.getAttribute('aria-label') ?? control.textContent))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (label === '' || label.length > MAX_LABEL) return null;
  return isApproveWording(label) && !isDenyWording(label) ? control : null;
}
