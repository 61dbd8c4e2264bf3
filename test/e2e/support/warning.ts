import type { TestPage } from './driver';

export interface WarningState {
  /** The warning host element is on the top-level document. */
  readonly present: boolean;
  /** What the user would hit in the middle of the viewport is the warning (it is on top of the page). */
  readonly onTop: boolean;
}

/** Reads the in-page warning from outside: its closed shadow root hides everything but the host. */
export async function warningState(page: TestPage): Promise<WarningState> {
  return page.evaluate(() => {
    // The host is a child of <html>; reading children avoids querySelector, which hostile test pages override.
    const host =
      Array.from(document.documentElement.children).find((el) => el.getAttribute('data-consent-guard') === 'warning') ??
      null;
    const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return { present: host !== null, onTop: host !== null && hit === host };
  });
}

/** Polls until the warning is shown and on top, or fails with what it last saw. */
export async function expectWarning(page: TestPage, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: WarningState = { present: false, onTop: false };
  while (Date.now() < deadline) {
    last = await warningState(page);
    if (last.present && last.onTop) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no warning on top of ${page.url()} (last seen: ${JSON.stringify(last)})`);
}

/** The popup opened as a page for one tab, once it has rendered that tab's verdict. */
export async function popupText(
  open: (path: string) => Promise<TestPage>,
  tabId: number,
): Promise<{ page: TestPage; text: string }> {
  const page = await open(`src/popup/index.html?tab=${tabId}`);
  await page.waitFor('#this-page ~ [data-level], #this-page ~ .quiet');
  const text = await page.evaluate<string>('document.body.innerText');
  return { page, text };
}
