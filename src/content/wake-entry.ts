import { shouldInspect } from '../core/page/inspection-gate';
import { watchUntilWake, type WakeReason } from './idle-watch';
import { wake } from './wake';

/**
 * The wake module's entry, called once by the idle script (and by the whole script on approval pages). A page the
 * wake gate let through goes through the inspection gate: past it the inspector starts, short of it this module
 * watches the page with the inspection gate (a comment form POSTs, like a consent page). Frames and focus need no
 * gate.
 */
export function start(reason: WakeReason): void {
  if (reason.kind === 'loaded' || reason.kind === 'changed') watchUntilWake(shouldInspect, wake, reason.kind);
  else wake(reason);
}
