import { needsInspection } from '../core/page/quick-gate';
import { watchUntilWake, type WakeReason } from './idle-watch';
import type { StartConsentHold } from './consent-hold';
import { wake } from './wake';

/**
 * The wake module's entry, called once by the idle script. A page that passed the every-page part of the gate
 * goes through the full gate: past it the inspector starts, short of it this module watches the page with the
 * full gate (a comment form POSTs, like a consent page). Frames and focus need no gate.
 */
export function start(reason: WakeReason, startHold?: StartConsentHold): void {
  const wakeWith = (why: WakeReason): void => wake(why, startHold);
  if (reason.kind === 'loaded' || reason.kind === 'changed') watchUntilWake(needsInspection, wakeWith, reason.kind);
  else wakeWith(reason);
}
