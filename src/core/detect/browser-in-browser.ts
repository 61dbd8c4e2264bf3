import type { PageSnapshot } from '../page/snapshot-types';

export interface FakeWindow {
  readonly found: boolean;
  /** The sign-in URL the page draws as if it were an address bar. */
  readonly shownUrl: string | null;
}

/** Accepts origins (`https://login.live.com`) or bare hosts. */
function hostOf(entry: string): string {
  return entry
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/:].*$/, '');
}

function isSignInHost(host: string, signInHosts: readonly string[]): boolean {
  return signInHosts.some((entry) => {
    const expected = hostOf(entry);
    return host === expected || host.endsWith(`.${expected}`);
  });
}

/**
 * Browser-in-the-browser: the page draws a provider sign-in URL as plain text, the way an address bar
 * shows it, inside a box that also holds a credential input. A URL mentioned in prose, code or a link
 * is documentation, not a window.
 */
export function detectFakeWindow(snapshot: PageSnapshot, signInHosts: readonly string[]): FakeWindow {
  for (const bar of snapshot.fakeAddressBars) {
    if (bar.prose || !bar.credentialNearby) continue;
    if (!bar.standalone && !bar.positioned) continue;
    if (isSignInHost(bar.host, signInHosts)) return { found: true, shownUrl: bar.url };
  }
  return { found: false, shownUrl: null };
}
