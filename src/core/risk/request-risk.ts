import type { ApprovalRequest } from '../approval/request';
import { scopeTier } from '../approval/request';
import type { LookalikeTargets } from '../lookalike/lookalike';
import type { PageSnapshot } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import { phrase } from '../text/phrase';
import { lookupName } from './scope-tiers';
import { redirectSignals } from './redirect-signals';
import { SIGNAL_WEIGHT_RANK, type RequestRisk, type RiskLevel, type RiskSignal, type ScopeTier } from './types';
import { whoAsksSignals } from './who-asks';

/**
 * How the signals combine into a level. Each row is checked in order; the first that holds decides.
 *
 * 1. High-privilege access and any suspicious sign (weak or strong) → high. The consent-phishing shape: an app of
 *    doubtful origin asking for mail, files, code or admin rights.
 * 2. Sensitive access and a strong suspicious sign → high. A bare IP, a tunnel, a lookalike host or a disguised app
 *    name has no innocent reason to ask for personal data.
 * 3. The phishing permission combination and access while you are away → high. Microsoft's playbook: Mail,
 *    Contacts, MailboxSettings, People, Files, Notes together are in almost every attack, and a refresh token keeps
 *    it going after a password reset.
 * 4. Any signal at all → review. Worth a careful read, not a hold: many honest apps need broad access, and shared
 *    hosting is not malice.
 * 5. No signal → none. The only case that may show `OK`.
 *
 * Strong signs: a bare or oddly written IP address, plain HTTP off the machine, userinfo or an invalid return
 * address, a lookalike, tunnel, dynamic-DNS or mixed-script host, an app name with hidden, encoded or confusable
 * characters, a brand-borrowing name beside Microsoft's "Unverified" mark. Weak signs: an unverified publisher,
 * a brand-borrowing name, a shared-hosting or internationalized host, plain HTTP to a loopback address where the
 * provider expects HTTPS. Every row only ever adds: adding a signal never lowers the level.
 */
export function combineSignals(signals: readonly RiskSignal[]): RiskLevel {
  const has = (weight: RiskSignal['weight']): boolean => signals.some((signal) => signal.weight === weight);
  const suspicious = has('strong') || has('weak');
  if (has('impact-high') && suspicious) return 'high';
  if ((has('impact-high') || has('impact-sensitive')) && has('strong')) return 'high';
  if (signals.some((signal) => signal.id === 'phishing-combination') && has('persistent')) return 'high';
  return signals.length > 0 ? 'review' : 'none';
}

export interface RiskInput {
  readonly params: URLSearchParams;
  readonly request: ApprovalRequest;
  readonly provider: Provider;
  readonly snapshot: PageSnapshot | null;
  readonly lookalikes: LookalikeTargets;
  /** Client ids the organisation approved for this provider, compared case-insensitively. */
  readonly allowedClientIds: readonly string[];
}

// A hostile request may repeat the scope parameter or pad it with thousands of entries; all of it is read (the
// provider might honour any copy), up to these bounds, and a few map lookups per entry.
const MAX_SCOPE_TEXT = 200_000;
const MAX_SCOPE_IDS = 10_000;
const MAX_REDIRECTS = 8;
const MAX_TITLES = 3;

/** The request-risk judgement for a request on a genuine approval page. Never throws. */
export function assessRequestRisk(input: RiskInput): RequestRisk {
  const { request, provider, snapshot } = input;
  const allowedByPolicy =
    request.clientId !== null &&
    input.allowedClientIds.some((id) => id.toLowerCase() === request.clientId?.toLowerCase());
  const signals: RiskSignal[] = [];
  if (!allowedByPolicy) signals.push(...whatItGetsSignals(input), ...whoAsksSignals(snapshot, provider));
  for (const raw of input.params.getAll(provider.request.redirectUri).slice(0, MAX_REDIRECTS))
    signals.push(...redirectSignals(raw, provider, input.lookalikes));
  const ordered = dedupe(signals).sort((a, b) => SIGNAL_WEIGHT_RANK[a.weight] - SIGNAL_WEIGHT_RANK[b.weight]);
  return {
    level: combineSignals(ordered),
    signals: ordered,
    appName: snapshot?.consent.appName ?? null,
    allowedByPolicy,
  };
}

function dedupe(signals: readonly RiskSignal[]): RiskSignal[] {
  const seen = new Set<string>();
  return signals.filter((signal) => {
    const key = JSON.stringify([signal.id, signal.weight, signal.reason.subs]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every scope id the request names, in any copy of the parameter, deduplicated and bounded. */
export function requestedScopeIds(params: URLSearchParams, provider: Provider): string[] {
  const ids = new Set<string>();
  let budget = MAX_SCOPE_TEXT;
  for (const value of params.getAll(provider.request.scope)) {
    const text = value.slice(0, budget);
    budget -= text.length;
    for (const id of text.split(provider.request.scopeSeparator)) {
      if (id !== '') ids.add(id);
      if (ids.size >= MAX_SCOPE_IDS) return [...ids];
    }
    if (budget <= 0) break;
  }
  return [...ids];
}

function whatItGetsSignals({ params, request, provider }: RiskInput): RiskSignal[] {
  const ids = requestedScopeIds(params, provider);
  const titleOf = new Map(request.scopes.map((scope) => [scope.id, scope.title]));
  const byTier: Record<ScopeTier, string[]> = { basic: [], sensitive: [], high: [] };
  for (const id of ids)
    byTier[scopeTier(id, provider, provider.scopes[id]?.highPrivilege === true)].push(titleOf.get(id) ?? id);

  const signals: RiskSignal[] = [];
  if (byTier.high.length > 0)
    signals.push({
      id: 'scope-high',
      topic: 'what',
      weight: 'impact-high',
      reason: phrase('risk_scopesHigh', titles(byTier.high)),
    });
  else if (byTier.sensitive.length > 0)
    signals.push({
      id: 'scope-sensitive',
      topic: 'what',
      weight: 'impact-sensitive',
      reason: phrase('risk_scopesSensitive', titles(byTier.sensitive)),
    });

  const families = phishingFamiliesIn(ids, provider);
  if (families.length >= 2)
    signals.push({
      id: 'phishing-combination',
      topic: 'what',
      weight: 'impact-high',
      reason: phrase('risk_phishingCombination', families.join(', ')),
    });

  // Persistence raises what the app already gets; on its own (with sign-in scopes) it is the ordinary case.
  if ((byTier.high.length > 0 || families.length >= 2) && asksToPersist(ids, params, provider)) {
    signals.push({ id: 'persistent-access', topic: 'what', weight: 'persistent', reason: phrase('risk_persistent') });
  }
  return signals;
}

function titles(list: readonly string[]): string {
  const shown = list.slice(0, MAX_TITLES).map((title) => (title.length > 60 ? `${title.slice(0, 59)}…` : title));
  return list.length > MAX_TITLES ? `${shown.join('; ')} (+${list.length - MAX_TITLES})` : shown.join('; ');
}

function phishingFamiliesIn(ids: readonly string[], provider: Provider): string[] {
  if (provider.risk.phishingFamilies.length === 0) return [];
  const wanted = new Map(provider.risk.phishingFamilies.map((family) => [family.toLowerCase(), family]));
  const found = new Set<string>();
  for (const id of ids) {
    const name = lookupName(provider.risk.tiers, id);
    const family = wanted.get(name.split('.', 1)[0] ?? '');
    if (family !== undefined && name.includes('.')) found.add(family);
  }
  return provider.risk.phishingFamilies.filter((family) => found.has(family));
}

function asksToPersist(ids: readonly string[], params: URLSearchParams, provider: Provider): boolean {
  const { persistentScopes, persistentParams } = provider.risk;
  if (ids.some((id) => persistentScopes.some((scope) => scope.toLowerCase() === id.toLowerCase()))) return true;
  return persistentParams.some(([name, value]) =>
    params.getAll(name).some((given) => given.trim().toLowerCase() === value),
  );
}
