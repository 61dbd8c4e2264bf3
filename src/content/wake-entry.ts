import { shouldInspect } from '../core/page/inspection-gate';
import { watchUntilWake, type WakeReason } from './idle-watch';
import type { StartConsentHold } from './consent-hold';
import { wake } from './wake';

/**
 * The wake module's entry, called once by the idle script (and by the whole script on approval pages). A page the
 * wake gate let through goes through the inspection gate: past it the inspector starts, short of it this module
 * watches the page with the inspection gate (a comment form POSTs, like a consent page). Frames and focus need no
 * gate.
 */
export function start(reason: WakeReason, startHold?: StartConsentHold): void {
  const wakeWith = (why: WakeReason): void => wake(why, startHold);
  if (reason.kind === 'loaded' || reason.kind === 'changed') watchUntilWake(shouldInspect, wakeWith, reason.kind);
  else wakeWith(reason);
}
