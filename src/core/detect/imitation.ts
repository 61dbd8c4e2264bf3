import type { CardImage, PageSnapshot } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import { skeleton } from './confusable-skeleton';
import { ssoButtonsFor, withoutSsoWording } from './sso-button';
import { matchesTerm, prepareTerms, type Term } from './text-match';

/**
 * Branding score at which a page counts as imitating the provider, with at least two kinds of signal
 * (names, phrases, logo). Calibrated on the fixture corpus: sign-in clones score 7 and up; a docs page or
 * blog post naming the product in its title and headings stays at 3 or below.
 */
export const IMITATION_THRESHOLD = 5;
const MIN_SIGNAL_KINDS = 2;

const NAME_PROMINENT = 2;
const NAME_ELSEWHERE = 1;
const NAME_CAP = 3;
const PHRASE = 2;
const PHRASE_CAP = 4;
const LOGO_HINT = 2;
const FOUR_SQUARE = 3;
const CARD_LOGO = 2;
const MARKUP = 2;
/** Words an image's own names carry when it is a logo: `google-logo.png`, `class="brand"`, `favicon.png`. */
const LOGO_WORD = /logo|brand|favicon|wordmark/;
/** Paragraphs of prose are what documentation and articles are made of; sign-in pages have almost none. */
const PROSE_PARAGRAPHS = 3;
const PROSE_DISCOUNT = 2;

export interface BrandingScore {
  readonly score: number;
  /**
   * Stable identifiers of what matched, e.g. `name:azure devops@heading`, `phrase:pick an account`,
   * `logo:four-squares`.
   */
  readonly signals: string[];
}

interface PreparedBranding {
  readonly names: Term[];
  readonly phrases: Term[];
  readonly logoHints: Term[];
  readonly markupIds: ReadonlySet<string>;
}

const prepared = new WeakMap<Provider, PreparedBranding>();

function brandingOf(provider: Provider): PreparedBranding {
  let entry = prepared.get(provider);
  if (!entry) {
    const { names, phrases, logoHints, markupIds } = provider.branding;
    entry = {
      names: prepareTerms(names),
      phrases: prepareTerms(phrases),
      logoHints: prepareTerms(logoHints),
      markupIds: new Set(markupIds.map((id) => id.toLowerCase())),
    };
    prepared.set(provider, entry);
  }
  return entry;
}

/** The four-squares logo is Microsoft's: it counts only for providers whose branding declares it. */
export function usesFourSquareLogo(provider: Provider): boolean {
  return provider.branding.drawnLogos.includes('microsoft-four-squares');
}

function withoutSso(skeletons: readonly string[], branding: PreparedBranding): string[] {
  const nameKeys = branding.names.map((name) => name.key);
  return skeletons.map((text) => withoutSsoWording(text, nameKeys));
}

function keys(texts: readonly string[], branding: PreparedBranding): string[] {
  return withoutSso(
    texts.map((text) => skeleton(text, 2000)),
    branding,
  );
}

function anyMatch(texts: readonly string[], term: Term): boolean {
  return texts.some((text) => matchesTerm(text, term));
}

/** Interface strings this short are joined with their neighbour when looking for a split brand name. */
const SPLIT_PART_MAX = 24;
const SPLIT_PAIRS_MAX = 200;

/**
 * Each short interface string joined to the next one: a name split across elements
 * ("<div>Micro</div><div>soft</div>") is read as one word. The joins are short, so the name is matched
 * ignoring spaces (see `matchesTerm`).
 */
function adjacentJoins(texts: readonly string[]): string[] {
  const joins: string[] = [];
  for (let index = 1; index < texts.length && index <= SPLIT_PAIRS_MAX; index += 1) {
    const before = texts[index - 1] ?? '';
    const after = texts[index] ?? '';
    if (before.length <= SPLIT_PART_MAX && after.length <= SPLIT_PART_MAX) joins.push(before + after);
  }
  return joins;
}

const COPYRIGHT = /©|\(c\)|copyright/;
/** A copyright line is short; in prose "©" and a name far apart say nothing. */
const COPYRIGHT_LINE_MAX = 60;

function claimsCopyright(text: string, name: Term): boolean {
  return text.length <= COPYRIGHT_LINE_MAX && COPYRIGHT.test(text) && matchesTerm(text, name);
}

/** Hints match on substrings: file names and class lists run words together (`ms-logo_white.svg`). */
function hintMatch(hints: readonly string[], term: Term): boolean {
  return hints.some(
    (hint) =>
      hint.includes(term.key) ||
      (term.compactKey.length >= 4 && hint.replace(/[^a-z0-9]/g, '').includes(term.compactKey)),
  );
}

/**
 * An image in a sign-in card (see `PageSnapshot.cardImages`) that its own names call the provider's logo. Its text
 * alternative, where it has one, says what it shows (a file named `onedrive.png` with the alt text "AOL" is AOL's);
 * otherwise its file name and class do. It is the provider's logo when what names it is a logo hint, the provider's
 * name alone (`<img alt="Google">`), or the provider's name beside a logo word (`google-favicon.png`).
 */
function isCardLogo(image: CardImage, branding: PreparedBranding): boolean {
  const hints = image.hints.map((hint) => skeleton(hint, 200));
  const naming = image.label === '' ? hints : [skeleton(image.label, 200)];
  if (branding.logoHints.some((term) => hintMatch(naming, term))) return true;
  const logoWord = hints.some((hint) => LOGO_WORD.test(hint));
  return branding.names.some(
    (name) => naming.includes(name.key) || (logoWord && naming.some((hint) => matchesTerm(hint, name))),
  );
}

/**
 * A sign-in card shows the provider's logo and names no one else: every image there with a text alternative names
 * the provider. A card that also shows the site's own logo, or a payment mark beside the provider's, is the site's
 * card with the provider's logo as one badge among others.
 */
function cardBrandedAlone(images: readonly CardImage[], branding: PreparedBranding): boolean {
  return (
    images.some((image) => isCardLogo(image, branding)) &&
    images.every(
      (image) => image.label === '' || branding.names.some((name) => matchesTerm(skeleton(image.label, 200), name)),
    )
  );
}

/**
 * How strongly the page presents itself as the provider's, from independent signals: product names
 * (more where they are prominent), the provider's own phrases, its logo. Sign-in-with buttons and
 * prose paragraphs are discounted. Never a single keyword: see `IMITATION_THRESHOLD`.
 */
export function scoreBranding(snapshot: PageSnapshot, provider: Provider): BrandingScore {
  const branding = brandingOf(provider);
  const prominent = keys([snapshot.title, ...snapshot.headings], branding);
  const interfaceSkeletons = [...snapshot.uiText, ...snapshot.labels, ...snapshot.actions, ...snapshot.attributes].map(
    (text) => skeleton(text, 2000),
  );
  const interfaceText = withoutSso(interfaceSkeletons, branding);
  const hints = snapshot.imageHints.map((hint) => skeleton(hint, 200));
  const signals: string[] = [];
  let joins: string[] | null = null;
  // Only built when a name is not found whole, which on most pages is never.
  const splitJoins = (): string[] => (joins ??= keys(adjacentJoins(snapshot.uiText), branding));

  let names = 0;
  for (const name of branding.names) {
    if (anyMatch(prominent, name)) {
      names += NAME_PROMINENT;
      signals.push(`name:${name.source}@title-or-heading`);
    } else if (anyMatch(interfaceText, name) || anyMatch(hints, name)) {
      names += NAME_ELSEWHERE;
      signals.push(`name:${name.source}`);
    } else if (anyMatch(splitJoins(), name)) {
      names += NAME_ELSEWHERE;
      signals.push(`name:${name.source}@split`);
    }
  }

  let phrases = 0;
  const everywhere = [...prominent, ...interfaceText];
  for (const phrase of branding.phrases) {
    if (anyMatch(everywhere, phrase)) {
      phrases += PHRASE;
      signals.push(`phrase:${phrase.source}`);
    }
  }

  // A copyright line naming the provider ("© 2018 Microsoft") claims the page is the provider's own: kits copy
  // the genuine footer; a third party's page carries its own name there. Counted as the provider's wording.
  const owner = branding.names.find((name) => interfaceText.some((text) => claimsCopyright(text, name)));
  if (owner) {
    phrases += PHRASE;
    signals.push(`phrase:copyright ${owner.source}`);
  }

  let logo = 0;
  const hint = branding.logoHints.find((term) => hintMatch(hints, term));
  if (hint) {
    logo += LOGO_HINT;
    signals.push(`logo-hint:${hint.source}`);
  }
  if (snapshot.logo.fourSquare && usesFourSquareLogo(provider)) {
    logo += FOUR_SQUARE;
    signals.push('logo:four-squares');
  }
  // The logo heading the sign-in form says whose sign-in it is; where the page offers sign-in with the provider
  // (a button, or its wording beside an icon), the logo belongs to that offer instead.
  const offersSignInWith =
    ssoButtonsFor(snapshot, provider).length > 0 ||
    interfaceText.some((text, index) => text !== interfaceSkeletons[index]);
  if (!offersSignInWith && cardBrandedAlone(snapshot.cardImages, branding)) {
    logo += CARD_LOGO;
    signals.push('logo:sign-in-card');
  }

  // The genuine page's own element names: the page is a saved copy of it, whatever its text and pictures say.
  const copied = snapshot.markupIds.find((id) => branding.markupIds.has(id));
  const markup = copied === undefined ? 0 : MARKUP;
  if (copied !== undefined) signals.push(`markup:${copied}`);

  let score = Math.min(names, NAME_CAP) + Math.min(phrases, PHRASE_CAP) + logo + markup;
  if (
    snapshot.textStats.proseSegments >= PROSE_PARAGRAPHS &&
    !brandedSignInInterface(snapshot, branding, interfaceText)
  ) {
    score -= PROSE_DISCOUNT;
    signals.push('discount:prose');
  }
  if (snapshot.ssoButtons.length > 0) signals.push('note:sign-in-with-buttons-ignored');
  return { score: Math.max(0, score), signals };
}

/**
 * The page asks for a sign-in and its short interface strings (labels, buttons, captions: never the paragraphs)
 * carry the provider's own sign-in wording. Prose then does not make the page an article: a "document shared
 * with you" lure writes paragraphs around the form precisely so that it reads like one.
 */
function brandedSignInInterface(
  snapshot: PageSnapshot,
  branding: PreparedBranding,
  interfaceText: readonly string[],
): boolean {
  if (snapshot.passwordInputs === 0 && snapshot.identifierInputs === 0) return false;
  return branding.phrases.some((phrase) => anyMatch(interfaceText, phrase));
}

/** Enough branding, of enough different kinds, to call the page an imitation of the provider's. */
export function isImitation(result: BrandingScore): boolean {
  const kinds = new Set(
    result.signals
      .filter((signal) => /^(?:name|phrase|logo|logo-hint|markup):/.test(signal))
      .map((signal) => (signal.startsWith('logo') ? 'logo' : signal.split(':')[0])),
  );
  return result.score >= IMITATION_THRESHOLD && kinds.size >= MIN_SIGNAL_KINDS;
}

/**
 * The provider's branding appears in the upper portion of the page: a product name in the upper text,
 * or its logo (by hint or, for Microsoft, the drawn four squares). Genuine approval pages have it there.
 */
export function brandingInUpperPortion(snapshot: PageSnapshot, provider: Provider): boolean {
  const branding = brandingOf(provider);
  const [upper = ''] = keys([snapshot.upperText], branding);
  if (branding.names.some((name) => matchesTerm(upper, name))) return true;
  const hints = snapshot.upperImageHints.map((hint) => skeleton(hint, 200));
  if (branding.logoHints.some((term) => hintMatch(hints, term))) return true;
  if (branding.names.some((name) => hints.some((value) => matchesTerm(value, name)))) return true;
  return snapshot.logo.fourSquareUpper && usesFourSquareLogo(provider);
}
