import type { PageSnapshot } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import { skeleton } from './confusable-skeleton';
import { prepareTerms, termsFoundIn } from './text-match';

/** A list this long is a permissions list even when the page words it differently. */
const MIN_LIST_ITEMS = 2;
const MIN_CONSENT_WORDS = 2;

/**
 * The shape of an approval page: an approve-worded and a deny-worded action, a permissions list (list
 * items, or the provider's wording introducing one), and the provider's consent wording.
 */
export function hasConsentStructure(snapshot: PageSnapshot, provider: Provider): boolean {
  const { approveActions, denyActions, listItems } = snapshot.consent;
  if (approveActions === 0 || denyActions === 0) return false;
  const words = prepareTerms(provider.branding.consentWords);
  const actions = snapshot.actions.map((text) => skeleton(text, 200));
  const wording = [...snapshot.headings, ...snapshot.labels, ...snapshot.uiText, ...listItems].map((text) =>
    skeleton(text, 200),
  );
  const inActions = termsFoundIn(actions, words);
  const inWording = termsFoundIn(wording, words).filter((term) => !inActions.includes(term));
  const listed = listItems.length >= MIN_LIST_ITEMS || inWording.length > 0;
  return listed && inActions.length + inWording.length >= MIN_CONSENT_WORDS;
}
