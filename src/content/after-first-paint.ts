const HIDDEN_TAB_WAIT_MS = 100;

/**
 * The first look waits for the first frame: at document_end the page's style and layout are not computed yet,
 * and reading them then would make the page wait for work the browser does anyway a moment later. A tab in
 * the background paints no frames, so a timer stands in. A focused credential field does not wait (see focusin).
 * The wake module arrives after the idle script (docs/performance.md gives how long after); by then the page has
 * usually painted, and waiting for one more frame would only hold up the verdict.
 */
export function afterFirstPaint(run: () => void): void {
  if (performance.getEntriesByType('paint').length > 0) {
    window.setTimeout(run, 0);
    return;
  }
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => window.setTimeout(once, 0));
  window.setTimeout(once, HIDDEN_TAB_WAIT_MS);
}
