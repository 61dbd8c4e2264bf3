import type { ScopeTier } from './types';

/**
 * A provider's permission classification as a lookup. Names are compared case-insensitively; a rule may name a
 * whole permission (`Mail.ReadBasic`) or, where the provider's names are dotted, a family (`Mail` = `Mail.*`).
 * The longest matching rule wins, whatever order the rows came in: the upstream table's own lookup let the last
 * row win, so `Mail` would override `Mail.ReadBasic` or the other way round depending on file order.
 */
export interface ScopeTierTable {
  readonly rules: ReadonlyMap<string, ScopeTier>;
  /** Match dotted families (`mail` covers `mail.read.shared`). */
  readonly dottedFamilies: boolean;
  /** Resource prefixes stripped before lookup, lowercase (`https://www.googleapis.com/auth/`). */
  readonly prefixes: readonly string[];
  /** Resource-qualified names (`{resource}/Mail.Read`) are looked up by their last segment. */
  readonly lastSegment: boolean;
}

export const NO_TIERS: ScopeTierTable = Object.freeze({
  rules: new Map(),
  dottedFamilies: false,
  prefixes: [],
  lastSegment: false,
});

export interface TierRow {
  readonly name: string;
  readonly tier: ScopeTier;
}

export function scopeTierTable(rows: readonly TierRow[], options: Omit<ScopeTierTable, 'rules'>): ScopeTierTable {
  const rules = new Map<string, ScopeTier>();
  for (const row of rows) {
    const name = row.name.toLowerCase();
    const known = rules.get(name);
    // The same name listed twice keeps its higher tier: a table is never read to lower a risk.
    if (known === undefined || TIER_RANK[row.tier] > TIER_RANK[known]) rules.set(name, row.tier);
  }
  return { ...options, rules };
}

export const TIER_RANK: Readonly<Record<ScopeTier, number>> = { basic: 0, sensitive: 1, high: 2 };

/** The name a scope id is looked up by: lowercase, its resource prefix stripped. */
export function lookupName(table: ScopeTierTable, scopeId: string): string {
  let name = scopeId.toLowerCase();
  for (const prefix of table.prefixes) {
    if (name.startsWith(prefix) && name.length > prefix.length) {
      name = name.slice(prefix.length);
      break;
    }
  }
  if (table.lastSegment) {
    const slash = name.lastIndexOf('/');
    if (slash !== -1 && slash < name.length - 1) name = name.slice(slash + 1);
  }
  return name;
}

/** The tier the table gives a scope, or null when it does not list it. */
export function tierFromTable(table: ScopeTierTable, scopeId: string): ScopeTier | null {
  if (table.rules.size === 0) return null;
  const name = lookupName(table, scopeId);
  const exact = table.rules.get(name);
  if (exact !== undefined) return exact;
  if (!table.dottedFamilies) return null;
  // Longest family first: `mail.readbasic.all` is `mail.readbasic` (Medium) before it is `mail` (High).
  for (let end = name.lastIndexOf('.'); end > 0; end = name.lastIndexOf('.', end - 1)) {
    const family = table.rules.get(name.slice(0, end));
    if (family !== undefined) return family;
  }
  return null;
}
