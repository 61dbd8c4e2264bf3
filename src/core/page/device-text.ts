/**
 * Device-login addresses as a page may write them, in its text or in a link (`microsoft.com/devicelogin`,
 * `github.com/login/device`, `google.com/device`, `microsoft.com/link`, its localized `www.microsoft.com/en-us/link`,
 * and where they land). Loose on purpose: it only decides which pages have their device-code cues read; the background
 * matches what is read against the providers' exact pages. Every address those pages' data accepts must pass it: a
 * unit test holds it to `src/core/providers/device-code-pages.ts`. It ships in the idle script on every page, so
 * what it adds is weighed against the idle script's size limit.
 */
export const DEVICE_LOGIN_TEXT =
  /devicelogin|deviceauth|remoteconnect|login\/device|com\/device\b|com\/(?:..-..\/)?link\b|usercode/i;

/**
 * Does the page's text name a device-login address (a lure may print it without a link)? It reads every text node,
 * so the idle script runs it only when the user copies something; a page the wake gate let through is read with
 * `readsAsDeviceLure`'s bound (docs/performance.md has what each read costs).
 */
export function printsDeviceLogin(doc: Document): boolean {
  // Typed as always there, but a document without a body (XHTML, an image) has none.
  return DEVICE_LOGIN_TEXT.test((doc.body as HTMLElement | null)?.textContent ?? '');
}
