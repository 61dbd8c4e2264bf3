import type { PageSnapshot } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import { skeleton } from './confusable-skeleton';
import { prepareTerms, termsFoundIn } from './text-match';

/**
 * Wording of a third party's "sign in with the provider" button. The snapshot already sets aside
 * controls that start this way (with their logos); this catches the same wording where it appears
 * as plain text, e.g. a caption "or sign in with Microsoft" next to an icon-only button.
 */
const SSO_LEAD =
  String.raw`\b(?:continue|sign ?in|sign ?up|log ?in|log ?on|login|register|connect|join)` +
  String.raw`\s+(?:with|using|via|through)\s+(?:your\s+)?`;
const SSO_START = new RegExp(SSO_LEAD);

/**
 * Removes "sign in with <name> [account]" phrases naming the provider, so the name does not count as
 * branding. "Sign in with your <name> account" stays: that is the provider's own sign-in page talking
 * (Google's and Microsoft's say it), where a third party's button says "Sign in with <name>".
 * `text` and `nameKeys` are skeletons (see `confusable-skeleton`).
 */
export function withoutSsoWording(text: string, nameKeys: readonly string[]): string {
  if (!SSO_START.test(text)) return text;
  let result = text;
  for (const name of nameKeys) {
    result = result.replace(new RegExp(`${SSO_LEAD}${escapeRegExp(name)}(?:\\s+account)?`, 'g'), (found) =>
      OWN_PAGE_WORDING.test(found) ? found : ' ',
    );
  }
  return result;
}

const OWN_PAGE_WORDING = /\byour\s+\S.*\saccount$/;

/** Sign-in-with buttons on the page that name this provider. */
export function ssoButtonsFor(snapshot: PageSnapshot, provider: Provider): string[] {
  const names = prepareTerms(provider.branding.names);
  return snapshot.ssoButtons.filter((button) => termsFoundIn([skeleton(button, 200)], names).length > 0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
