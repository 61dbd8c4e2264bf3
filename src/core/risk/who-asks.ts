import brandWords from '../data/brand-words.json';
import { skeleton } from '../detect/confusable-skeleton';
import { normalizeText } from '../page/normalize-text';
import type { PageSnapshot } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import { phrase } from '../text/phrase';
import { hasMixedScriptWord } from './scripts';
import type { RiskSignal } from './types';

const MAX_NAME = 200;
const MAX_SHOWN = 60;
// Characters that draw nothing, or reorder what is drawn: format and control characters, the combining grapheme
// joiner, Hangul fillers and the braille blank, which render as empty space.
const HIDDEN = /[\p{Cf}\p{Cc}\u034F\u115F\u1160\u3164\uFFA0\u2800]/u;
// Percent-, HTML- or escape-encoded characters left in a display name: filters see the code, users the character.
const ENCODED = /%[0-9a-f]{2}|&#x?[0-9a-f]{1,6};?|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}/i;

function clean(name: string): string {
  const visible = name.replace(new RegExp(HIDDEN.source, 'gu'), '').replace(/\s+/g, ' ').trim();
  return visible.length > MAX_SHOWN ? `${visible.slice(0, MAX_SHOWN - 1)}…` : visible;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The brand word the text names as a whole word, if any. */
function brandIn(text: string, words: readonly string[]): string | null {
  for (const word of words)
    if (new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(word)}(?:$|[^a-z0-9])`).test(text)) return word;
  return null;
}

/** Whether the page shows the provider's "unverified" mark where the publisher would be. */
export function showsUnverifiedPublisher(snapshot: PageSnapshot | null, provider: Provider): boolean {
  if (!snapshot || provider.risk.unverifiedMarkers.length === 0) return false;
  const texts = [...snapshot.uiText, ...snapshot.actions, ...snapshot.attributes, snapshot.upperText];
  return provider.risk.unverifiedMarkers.some((marker) => texts.some((text) => brandIn(text, [marker]) !== null));
}

/**
 * Who asks: the app's name as the page shows it, and the provider's verification mark. The page is the provider's
 * own, but the app's name is whatever its registrant typed (Microsoft does not validate app names or logos).
 */
export function whoAsksSignals(snapshot: PageSnapshot | null, provider: Provider): RiskSignal[] {
  const signals: RiskSignal[] = [];
  const unverified = showsUnverifiedPublisher(snapshot, provider);
  if (unverified)
    signals.push({
      id: 'publisher-unverified',
      topic: 'who',
      weight: 'weak',
      reason: phrase('risk_publisherUnverified', provider.name),
    });

  const raw = snapshot?.consent.appName ?? null;
  if (raw === null || raw.trim() === '') return signals;
  const name = raw.slice(0, MAX_NAME);
  const shownName = clean(name);
  if (HIDDEN.test(name))
    signals.push({
      id: 'app-name-hidden',
      topic: 'who',
      weight: 'strong',
      reason: phrase('risk_appNameHidden', shownName),
    });
  const encoded = ENCODED.exec(name)?.[0];
  if (encoded !== undefined)
    signals.push({
      id: 'app-name-encoded',
      topic: 'who',
      weight: 'strong',
      reason: phrase('risk_appNameEncoded', shownName, encoded),
    });

  const words = [...new Set([...brandWords.words, ...provider.branding.names])];
  const plain = normalizeText(name, MAX_NAME);
  const folded = skeleton(name, MAX_NAME);
  const brand = brandIn(plain, words);
  const disguised = brand === null ? brandIn(folded, words) : null;
  if (hasMixedScriptWord(name) || disguised !== null) {
    signals.push({
      id: 'app-name-confusable',
      topic: 'who',
      weight: 'strong',
      reason: phrase('risk_appNameConfusable', shownName),
    });
  }
  const borrowed = brand ?? disguised;
  if (borrowed !== null) {
    // Without a verified publisher nothing ties the name to its owner; with the "unverified" mark, it is denied.
    signals.push({
      id: 'app-brand',
      topic: 'who',
      weight: unverified ? 'strong' : 'weak',
      reason: phrase('risk_appBrand', shownName, borrowed),
    });
  }
  return signals;
}
