import { shouldInspect } from '../core/page/inspection-gate';
import { pagePrintsDeviceLogin } from '../core/page/device-code-cues';
import { watchUntilWake, type WakeReason } from './idle-watch';
import type { StartConsentHold } from './consent-hold';
import { wake } from './wake';

/**
 * The wake module's entry, called once by the idle script (and by the whole script on approval pages). A page the
 * wake gate let through goes through the inspection gate: past it the inspector starts, short of it this module
 * watches the page with the inspection gate (a comment form POSTs, like a consent page), and for a device-login
 * address printed in its text (a lure's, which the inspector then reads). Frames and focus need no gate.
 */
export function start(reason: WakeReason, startHold?: StartConsentHold): void {
  const wakeWith = (why: WakeReason): void => wake(why, startHold);
  if (reason.kind === 'loaded' || reason.kind === 'changed') watchUntilWake(inspectedOrPrinted, wakeWith, reason.kind);
  else wakeWith(reason);
}

function inspectedOrPrinted(doc: Document): boolean {
  return shouldInspect(doc) || pagePrintsDeviceLogin(doc);
}
