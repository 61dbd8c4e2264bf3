/** Shared by the in-page probe and the bench that reads its result; importing the probe itself would run it. */
export const PROBE_MARK = 'consent-guard-bench:inspection';

export interface ProbeResult {
  gated: boolean;
  gateMs: number;
  snapshotMs: number;
  serializeMs: number;
  totalMs: number;
  /** The same inspection again straight away: warm code, clean layout. */
  warmMs: number;
  /** Length of the JSON key; also keeps the serialization observable. */
  keyLength: number;
  passwordInputs: number;
  truncated: boolean;
}
