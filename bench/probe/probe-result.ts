/** Where the bench serves the probe module, on the measured page's own origin. */
export const PROBE_MODULE_PATH = '/__bench/inspection-probe.js';

/** Shared by the in-page probe and the bench that reads its result; importing the probe itself would run it. */
export const PROBE_MARK = 'consent-guard-bench:inspection';
/** Left at the end of the first (cold) inspection, inside the task that ran it: the bench finds that task in a trace. */
export const COLD_DONE_MARK = 'consent-guard-bench:cold-inspection-done';
/** The same, at the end of the second inspection, in a later task of its own. */
export const WARM_DONE_MARK = 'consent-guard-bench:warm-inspection-done';

export interface ProbeResult {
  gated: boolean;
  gateMs: number;
  snapshotMs: number;
  serializeMs: number;
  /** Wall-clock time of the first inspection, time the thread was descheduled included. */
  totalMs: number;
  /** The same inspection again in a later task: warm code, clean layout. */
  warmMs: number;
  /** Length of the JSON key; also keeps the serialization observable. */
  keyLength: number;
  passwordInputs: number;
  truncated: boolean;
}
