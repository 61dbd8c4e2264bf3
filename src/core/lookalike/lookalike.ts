/**
 * Lookalike-hostname detection in the spirit of Chromium's lookalike checks: does the site
 * the user is on imitate one of the domains we protect?
 *
 * Every comparison is on skeletons (see skeleton.ts), so `rnicrosoft` and `mіcrosoft` (Cyrillic і)
 * count as `microsoft`. Only the registrable domain can be chosen freely by an attacker, so the
 * homograph, edit-distance and combo checks look at its label; target embedding looks at the rest.
 */
import { CREDENTIAL_WORDS, FILLER_WORDS } from './combo-words';
import { isWithinOneEdit } from './edit-distance';
import { isGenuineDomain } from './genuine-domains';
import { parseHostname, type ParsedHostname } from './hostname';
import { phrase, type Phrase } from '../text/phrase';
import { lookalikeSkeleton } from './skeleton';

export type LookalikeKind = 'homograph' | 'edit-distance' | 'target-embedding' | 'combo-squatting';

export interface LookalikeMatch {
  readonly kind: LookalikeKind;
  /** The protected domain being imitated. */
  readonly target: string;
  readonly providerId: string;
  /** Plain-language explanation for the user, naming the real domain. */
  readonly reason: Phrase;
}

export interface LookalikeTarget {
  /** The protected domain as the caller gave it (lowercase ASCII), reported in matches. */
  readonly domain: string;
  /** Its registrable domain, ASCII; every host on this site is genuine. */
  readonly site: string;
  readonly providerId: string;
  readonly suffix: string;
  /** Registrable label in Unicode, e.g. `microsoftonline`. */
  readonly label: string;
  readonly labelSkeleton: string;
  /** Skeletons of `site` split at dots and hyphens, e.g. [`rnicrosoftonline`, `corn`]. */
  readonly tokenSkeletons: readonly string[];
  /**
   * The tokens run together (`microsoftcom`) as a one-token sequence, or null when the label is too short to be
   * distinctive.
   */
  readonly joinedSkeleton: readonly [string] | null;
}

interface ComboWord {
  readonly skeleton: string;
  readonly isCredentialWord: boolean;
}

/** Precomputed by `buildLookalikeTargets`; treat as opaque. */
export interface LookalikeTargets {
  readonly targets: readonly LookalikeTarget[];
  readonly sites: ReadonlySet<string>;
  readonly byLabelSkeleton: ReadonlyMap<string, readonly LookalikeTarget[]>;
  readonly editDistanceTargets: readonly LookalikeTarget[];
  readonly embeddingTargets: readonly LookalikeTarget[];
  /** Longest first, so `microsoftonline-login` is reported against microsoftonline, not microsoft. */
  readonly comboBrands: readonly LookalikeTarget[];
  readonly comboWords: readonly ComboWord[];
  /** Matches any target's first token; without one, neither embedding nor combo-squatting can apply. */
  readonly anyFirstToken: RegExp | null;
}

// Short names sit one edit away from ordinary words and other brands (google → goggle,
// azure → azura, live → life); from seven characters on a near miss is rarely innocent.
const MIN_EDIT_DISTANCE_LABEL_LENGTH = 7;
// The same label under another suffix is only suspicious when the label is too specific to be
// anyone else's and the owner is unlikely to hold it everywhere: google.de and microsoft.net are
// genuine, microsoftonline.net and visualstudio.co are not.
const MIN_LABEL_LENGTH_ON_OTHER_SUFFIX = 10;
// `live` appears in livejournal, alive, olive-oil-live…; brand-plus-word needs a longer brand.
const MIN_COMBO_BRAND_LENGTH = 5;
// Below this, `x.com` and `ab.io` would be found inside countless hostnames.
const MIN_EMBEDDED_LABEL_LENGTH = 4;
// `livecom` is plausible as someone's own name; `microsoftcom` is not.
const MIN_JOINED_EMBEDDING_LABEL_LENGTH = 5;

const TOKEN_SEPARATOR = /[.-]/;

function isSeparator(charCode: number): boolean {
  return charCode === 0x2e || charCode === 0x2d || charCode === 0x5f; // . - _
}

export function buildLookalikeTargets(
  protectedDomains: readonly { domain: string; providerId: string }[],
): LookalikeTargets {
  const targets: LookalikeTarget[] = [];
  const seenSites = new Set<string>();
  for (const { domain, providerId } of protectedDomains) {
    const parsed = parseHostname(domain);
    if (parsed === null || seenSites.has(parsed.site)) continue;
    seenSites.add(parsed.site);
    const tokenSkeletons = `${parsed.label}.${parsed.suffix}`.split(TOKEN_SEPARATOR).map(lookalikeSkeleton);
    targets.push({
      domain: parsed.ascii,
      site: parsed.site,
      providerId,
      suffix: parsed.suffix,
      label: parsed.label,
      labelSkeleton: lookalikeSkeleton(parsed.label),
      tokenSkeletons,
      joinedSkeleton: parsed.label.length >= MIN_JOINED_EMBEDDING_LABEL_LENGTH ? [tokenSkeletons.join('')] : null,
    });
  }

  const byLabelSkeleton = new Map<string, LookalikeTarget[]>();
  for (const target of targets) {
    const sameSkeleton = byLabelSkeleton.get(target.labelSkeleton);
    if (sameSkeleton) sameSkeleton.push(target);
    else byLabelSkeleton.set(target.labelSkeleton, [target]);
  }

  const brandSkeletons = new Set(targets.map((target) => target.labelSkeleton));
  const comboWords: ComboWord[] = [
    ...CREDENTIAL_WORDS.map((word) => ({ skeleton: lookalikeSkeleton(word), isCredentialWord: true })),
    ...[...FILLER_WORDS.map(lookalikeSkeleton), ...brandSkeletons].map((skeleton) => ({
      skeleton,
      isCredentialWord: false,
    })),
  ];

  return {
    targets,
    sites: seenSites,
    byLabelSkeleton,
    editDistanceTargets: targets.filter((target) => target.label.length >= MIN_EDIT_DISTANCE_LABEL_LENGTH),
    embeddingTargets: targets.filter((target) => target.label.length >= MIN_EMBEDDED_LABEL_LENGTH),
    comboBrands: targets
      .filter((target) => target.label.length >= MIN_COMBO_BRAND_LENGTH)
      .sort((a, b) => b.labelSkeleton.length - a.labelSkeleton.length),
    comboWords,
    anyFirstToken: anyOf(targets.map((target) => target.tokenSkeletons[0] ?? '')),
  };
}

function anyOf(literals: readonly string[]): RegExp | null {
  const alternatives = literals
    .filter((literal) => literal !== '')
    .map((literal) => literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  return alternatives.length === 0 ? null : new RegExp(alternatives.join('|'), 'u');
}

/**
 * Returns how `hostname` imitates one of the targets, or null. `hostname` is what `URL.hostname`
 * gives (lowercase, punycode, perhaps a trailing dot); anything unparseable yields null.
 */
export function findLookalike(hostname: string, targets: LookalikeTargets): LookalikeMatch | null {
  const host = parseHostname(hostname);
  if (host === null || belongsToTarget(host, targets) || isGenuineDomain(host.site)) return null;
  const prefixSkeleton = lookalikeSkeleton(host.prefix);
  // ASCII skeletons map character by character and the label ends the prefix, so an
  // unchanged ASCII prefix means an unchanged label.
  const labelSkeleton =
    prefixSkeleton === host.prefix && !host.ascii.includes('xn--') ? host.label : lookalikeSkeleton(host.label);
  const imitation = findHomograph(host, labelSkeleton, targets) ?? findEditDistance(host, labelSkeleton, targets);
  if (imitation !== null) return imitation;
  // Embedding and combo-squatting both need a target's first token somewhere in the prefix;
  // one regex test rules both out for nearly every hostname.
  if (targets.anyFirstToken?.test(prefixSkeleton) !== true) return null;
  return findTargetEmbedding(host, prefixSkeleton, targets) ?? findComboSquatting(host, labelSkeleton, targets);
}

/**
 * The site or a parent of it is a target: hosts under a private suffix a target runs (x.blob.core.windows.net) have a
 * site of their own.
 */
function belongsToTarget(host: ParsedHostname, targets: LookalikeTargets): boolean {
  let domain = host.site;
  for (;;) {
    if (targets.sites.has(domain)) return true;
    const dot = domain.indexOf('.');
    if (dot === -1) return false;
    domain = domain.slice(dot + 1);
  }
}

function findHomograph(host: ParsedHostname, labelSkeleton: string, targets: LookalikeTargets): LookalikeMatch | null {
  const sameSkeleton = targets.byLabelSkeleton.get(labelSkeleton);
  if (sameSkeleton === undefined) return null;
  for (const target of sameSkeleton) {
    if (host.label !== target.label) {
      return match('homograph', target, phrase('lookalike_homograph', displayName(host), target.domain));
    }
    if (host.suffix !== target.suffix && target.label.length >= MIN_LABEL_LENGTH_ON_OTHER_SUFFIX) {
      return match(
        'homograph',
        target,
        phrase('lookalike_borrowedName', displayName(host), target.label, target.domain),
      );
    }
  }
  return null;
}

function findEditDistance(
  host: ParsedHostname,
  labelSkeleton: string,
  targets: LookalikeTargets,
): LookalikeMatch | null {
  for (const target of targets.editDistanceTargets) {
    if (labelSkeleton === target.labelSkeleton) continue;
    if (host.suffix !== target.suffix && target.label.length < MIN_LABEL_LENGTH_ON_OTHER_SUFFIX) continue;
    if (isWithinOneEdit(labelSkeleton, target.labelSkeleton)) {
      return match('edit-distance', target, phrase('lookalike_oneCharacter', displayName(host), target.domain));
    }
  }
  return null;
}

function findTargetEmbedding(
  host: ParsedHostname,
  prefixSkeleton: string,
  targets: LookalikeTargets,
): LookalikeMatch | null {
  for (const target of targets.embeddingTargets) {
    // Both forms start with the first token, and most hosts contain no target label at all.
    if (!prefixSkeleton.includes(target.tokenSkeletons[0] ?? '')) continue;
    const embedded =
      containsTokenSequence(prefixSkeleton, target.tokenSkeletons) ||
      (target.joinedSkeleton !== null && containsTokenSequence(prefixSkeleton, target.joinedSkeleton));
    if (embedded) {
      return match('target-embedding', target, phrase('lookalike_embedding', target.domain, displayName(host)));
    }
  }
  return null;
}

/** Whether `tokens` occur in `text` as whole tokens, consecutive, joined by any separators. */
function containsTokenSequence(text: string, tokens: readonly string[]): boolean {
  const [first] = tokens;
  if (first === undefined || first === '') return false;
  for (let start = text.indexOf(first); start !== -1; start = text.indexOf(first, start + 1)) {
    if (start > 0 && !isSeparator(text.charCodeAt(start - 1))) continue;
    let position = start + first.length;
    let complete = true;
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index] ?? '';
      if (!isSeparator(text.charCodeAt(position)) || !text.startsWith(token, position + 1)) {
        complete = false;
        break;
      }
      position += 1 + token.length;
    }
    if (complete && (position === text.length || isSeparator(text.charCodeAt(position)))) return true;
  }
  return false;
}

function findComboSquatting(
  host: ParsedHostname,
  labelSkeleton: string,
  targets: LookalikeTargets,
): LookalikeMatch | null {
  for (const target of targets.comboBrands) {
    const brand = target.labelSkeleton;
    for (let start = labelSkeleton.indexOf(brand); start !== -1; start = labelSkeleton.indexOf(brand, start + 1)) {
      const before = labelSkeleton.slice(0, start).replaceAll('-', '');
      const after = labelSkeleton.slice(start + brand.length).replaceAll('-', '');
      if (before === '' && after === '') continue;
      const beforeWords = splitIntoWords(before, targets.comboWords);
      if (beforeWords === NO_SPLIT) continue;
      const afterWords = splitIntoWords(after, targets.comboWords);
      if (afterWords === NO_SPLIT) continue;
      if (beforeWords === WITH_CREDENTIAL_WORD || afterWords === WITH_CREDENTIAL_WORD) {
        return match('combo-squatting', target, phrase('lookalike_combo', displayName(host), target.domain));
      }
    }
  }
  return null;
}

/** How a remainder splits into combo words; ordered so that a larger value is a stronger signal. */
type WordSplit = -1 | 0 | 1;
const NO_SPLIT: WordSplit = -1;
const FILLER_ONLY: WordSplit = 0;
const WITH_CREDENTIAL_WORD: WordSplit = 1;

// Skeletons turn the digits 0 and 1 into o and l, so a number such as `2024` or `365` reads like this.
const NUMBER_CHARACTER = /^[2-9ol]$/;

/** Splits `text` entirely into combo words and numbers, preferring a split with a credential word. */
function splitIntoWords(text: string, words: readonly ComboWord[]): WordSplit {
  if (text === '') return FILLER_ONLY;
  const best = new Int8Array(text.length + 1).fill(NO_SPLIT);
  best[0] = FILLER_ONLY;
  for (let position = 0; position < text.length; position++) {
    const reached = best[position] ?? NO_SPLIT;
    if (reached === NO_SPLIT) continue;
    for (const word of words) {
      if (word.skeleton === '' || !text.startsWith(word.skeleton, position)) continue;
      const end = position + word.skeleton.length;
      const value = word.isCredentialWord ? WITH_CREDENTIAL_WORD : reached;
      if (value > (best[end] ?? NO_SPLIT)) best[end] = value;
    }
    let end = position;
    while (end < text.length && NUMBER_CHARACTER.test(text.charAt(end))) {
      end++;
      if (reached > (best[end] ?? NO_SPLIT)) best[end] = reached;
    }
  }
  const result = best[text.length];
  return result === FILLER_ONLY || result === WITH_CREDENTIAL_WORD ? result : NO_SPLIT;
}

/** The site as the user sees it, plus its ASCII form when look-alike characters hide behind it. */
function displayName(host: ParsedHostname): string {
  const unicodeSite = `${host.label}.${host.suffix}`;
  return unicodeSite === host.site ? host.site : `${unicodeSite} (${host.site})`;
}

function match(kind: LookalikeKind, target: LookalikeTarget, reason: Phrase): LookalikeMatch {
  return { kind, target: target.domain, providerId: target.providerId, reason };
}
