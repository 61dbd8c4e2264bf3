/**
 * Built by the bench as the wake module is (an ES module that V8 compiles eagerly as it streams in), and imported
 * at DOMContentLoaded by a loader evaluated in an isolated world of each page, as the idle script imports the wake
 * module. It does what the content script's first check does (gate, snapshot, the JSON key it compares reports
 * by), when the content script does it: after the first frame (see `afterFirstPaint`), with the same cold code,
 * and leaves the timings in a performance mark that the page's main world can read. The cold inspection has a
 * task of its own, and so has the second one (as each re-check after a DOM change), so the bench can read each
 * task's thread time from a trace.
 */
import { afterFirstPaint } from '../../src/content/after-first-paint';
import { shouldInspect } from '../../src/core/page/inspection-gate';
import { takeSnapshot } from '../../src/core/page/snapshot';
import { COLD_DONE_MARK, PROBE_MARK, type ProbeResult, WARM_DONE_MARK } from './probe-result';

function inspect(): Omit<ProbeResult, 'totalMs' | 'warmMs'> {
  const start = performance.now();
  const gated = shouldInspect(document);
  const gateEnd = performance.now();
  const snapshot = gated ? takeSnapshot(document) : null;
  const snapshotEnd = performance.now();
  const key = snapshot ? JSON.stringify(snapshot) : '';
  const end = performance.now();
  return {
    gated,
    gateMs: gateEnd - start,
    snapshotMs: snapshotEnd - gateEnd,
    serializeMs: end - snapshotEnd,
    keyLength: key.length,
    passwordInputs: snapshot?.passwordInputs ?? 0,
    truncated: snapshot?.truncated ?? false,
  };
}

afterFirstPaint(() => {
  const cold = inspect();
  performance.mark(COLD_DONE_MARK);
  setTimeout(() => {
    const warmStart = performance.now();
    inspect();
    const warmMs = performance.now() - warmStart;
    performance.mark(WARM_DONE_MARK);
    const detail: ProbeResult = { ...cold, totalMs: cold.gateMs + cold.snapshotMs + cold.serializeMs, warmMs };
    performance.mark(PROBE_MARK, { detail });
  }, 0);
});
