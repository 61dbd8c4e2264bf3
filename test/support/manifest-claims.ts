/**
 * Holds what the docs say about the manifest to the manifest itself. README.md and SECURITY.md each have a table
 * headed `| Manifest entry | Value | …`: one row per entry, the entry's key as code in the first cell, and in the
 * second its values as code (`none` for an entry the extension does not have). This reads those rows and lists
 * every way they and a built manifest disagree, so that changing either one alone fails the build tier.
 */

/** The manifest entries that decide what the extension may do and what others can reach of it. */
export const WATCHED_KEYS: readonly string[] = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts',
  'web_accessible_resources',
  'externally_connectable',
];

const LIST_KEYS: ReadonlySet<string> = new Set([
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
]);
const DYNAMIC_URL = 'use_dynamic_url';

export interface ManifestClaim {
  /** The manifest key the row is about. */
  readonly key: string;
  /** The code spans of the Value cell, in order. */
  readonly values: readonly string[];
  /** The Value cell as written. */
  readonly text: string;
  /** 1-based, for messages. */
  readonly line: number;
  /** A row whose entry cell ends in "(Chromium)" or "(Firefox)" speaks of that build alone. */
  readonly browser: 'chromium' | 'firefox' | null;
}

interface ContentScriptEntry {
  readonly js?: readonly string[];
  readonly matches?: readonly string[];
  readonly exclude_matches?: readonly string[];
  readonly all_frames?: boolean;
}

interface ResourceEntry {
  readonly resources?: readonly string[];
  readonly matches?: readonly string[];
  readonly use_dynamic_url?: boolean;
}

const HEADER = /^\|\s*Manifest entry\s*\|\s*Value\s*\|/;

/** The rows of every `| Manifest entry | Value |` table in a markdown document. */
export function manifestClaims(markdown: string): ManifestClaim[] {
  const lines = markdown.split('\n');
  const claims: ManifestClaim[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (!HEADER.test(lines[index] ?? '')) continue;
    // Past the header and its `| --- |` line, every line that starts a row.
    for (index += 2; index < lines.length && (lines[index] ?? '').startsWith('|'); index += 1) {
      const [keyCell = '', valueCell = ''] = (lines[index] ?? '')
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      const entry = /^`([^`]+)`(?:\s+\((Chromium|Firefox)\))?$/.exec(keyCell);
      const browser = entry?.[2] === undefined ? null : entry[2] === 'Chromium' ? 'chromium' : 'firefox';
      claims.push({
        key: entry?.[1] ?? keyCell,
        values: codeSpans(valueCell),
        text: valueCell,
        line: index + 1,
        browser,
      });
    }
  }
  return claims;
}

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
}

/**
 * Every disagreement between a document's claims and one built manifest, as sentences naming the document and
 * the line; empty when they agree. `browser` matters for `use_dynamic_url`, which only Chromium knows.
 */
export function claimProblems(
  docName: string,
  markdown: string,
  manifest: Readonly<Record<string, unknown>>,
  browser: 'chromium' | 'firefox',
): string[] {
  const claims = manifestClaims(markdown).filter((claim) => claim.browser === null || claim.browser === browser);
  const problems: string[] = claims.length === 0 ? [`${docName} has no "| Manifest entry | Value |" table`] : [];
  const at = (claim: ManifestClaim): string => `${docName}:${claim.line}`;

  for (const claim of claims) {
    if (!WATCHED_KEYS.includes(claim.key))
      problems.push(
        `${at(claim)}: "${claim.key}" is not a manifest entry this check knows (${WATCHED_KEYS.join(', ')})`,
      );
  }
  for (const key of WATCHED_KEYS) {
    const rows = claims.filter((claim) => claim.key === key);
    const value = manifest[key];
    const present = value !== undefined && !(Array.isArray(value) && value.length === 0);
    const saysNone = rows.some((claim) => claim.values.length === 0 && claim.text.toLowerCase() === 'none');
    if (present && rows.length === 0)
      problems.push(`${docName}: the ${browser} manifest has ${key}, and no row names it`);
    if (present && saysNone)
      problems.push(
        `${docName}: says the extension has no ${key}; the ${browser} manifest has ${JSON.stringify(value)}`,
      );
    if (present) problems.push(...denials(docName, markdown, key, browser));
    if (!present && rows.some((claim) => claim.values.length > 0))
      problems.push(`${docName}: names ${key} values; the ${browser} manifest has none`);
    if (!present || rows.length === 0) continue;
    if (LIST_KEYS.has(key)) problems.push(...listProblems(docName, rows, value, key, browser));
    if (key === 'content_scripts')
      problems.push(...contentScriptProblems(at, rows, asArray(value) as readonly ContentScriptEntry[], browser));
    if (key === 'web_accessible_resources')
      problems.push(...resourceProblems(at, rows, asArray(value) as readonly ResourceEntry[], browser));
  }
  return problems;
}

/** Prose that denies an entry the manifest has: "no web-accessible resources", "no `externally_connectable`". */
function denials(docName: string, markdown: string, key: string, browser: string): string[] {
  const words = key.split('_').join('[_ -]');
  const pattern = new RegExp(`\\bno\\s+\`?${words}\`?`, 'gi');
  return [...markdown.matchAll(pattern)].map(
    (match) => `${docName}:${lineOf(markdown, match.index)}: says "${match[0]}"; the ${browser} manifest has ${key}`,
  );
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function listProblems(
  docName: string,
  rows: readonly ManifestClaim[],
  value: unknown,
  key: string,
  browser: string,
): string[] {
  const claimed = [...new Set(rows.flatMap((claim) => claim.values))].sort();
  const actual = [...new Set(asArray(value).map(String))].sort();
  if (JSON.stringify(claimed) === JSON.stringify(actual)) return [];
  return [
    `${docName}: ${key} is ${JSON.stringify(claimed)} in the docs and ${JSON.stringify(actual)} in the ${browser} manifest`,
  ];
}

function contentScriptProblems(
  at: (claim: ManifestClaim) => string,
  rows: readonly ManifestClaim[],
  entries: readonly ContentScriptEntry[],
  browser: string,
): string[] {
  const problems: string[] = [];
  const named = new Set<string>();
  for (const claim of rows) {
    const [file = ''] = claim.values;
    named.add(file);
    const entry = entries.find((candidate) => candidate.js?.includes(file));
    if (!entry) {
      problems.push(`${at(claim)}: content script ${file} is not in the ${browser} manifest`);
      continue;
    }
    const patterns = claim.values.filter((value) => value.includes('://'));
    if (patterns.length > 0 && !sameSet(patterns, entry.matches ?? [])) {
      problems.push(
        `${at(claim)}: ${file} runs on ${JSON.stringify(entry.matches)} in the ${browser} manifest, not ${JSON.stringify(patterns)}`,
      );
    }
    const allFrames = /\ball frames\b/i.test(claim.text);
    if (allFrames !== (entry.all_frames === true))
      problems.push(
        `${at(claim)}: ${file} ${allFrames ? 'is said to run' : 'is not said to run'} in all frames; all_frames is ${String(entry.all_frames)} in the ${browser} manifest`,
      );
    const except = /\bexcept\b/i.test(claim.text);
    if (except !== (entry.exclude_matches ?? []).length > 0)
      problems.push(
        `${at(claim)}: ${file} ${except ? 'is said to leave' : 'is not said to leave'} pages out; exclude_matches disagrees in the ${browser} manifest`,
      );
  }
  for (const file of entries.flatMap((entry) => entry.js ?? [])) {
    if (!named.has(file)) problems.push(`content script ${file} in the ${browser} manifest has no row`);
  }
  return problems;
}

function resourceProblems(
  at: (claim: ManifestClaim) => string,
  rows: readonly ManifestClaim[],
  entries: readonly ResourceEntry[],
  browser: 'chromium' | 'firefox',
): string[] {
  const problems: string[] = [];
  const matched = new Set<ResourceEntry>();
  for (const claim of rows) {
    const files = claim.values.filter((value) => !value.includes('://') && value !== DYNAMIC_URL);
    const patterns = claim.values.filter((value) => value.includes('://'));
    const entry = entries.find((candidate) => sameSet(files, candidate.resources ?? []));
    if (!entry) {
      problems.push(
        `${at(claim)}: no web_accessible_resources entry of the ${browser} manifest exposes exactly ${JSON.stringify(files)}`,
      );
      continue;
    }
    matched.add(entry);
    if (patterns.length > 0 && !sameSet(patterns, entry.matches ?? [])) {
      problems.push(
        `${at(claim)}: ${files.join(', ')} is exposed to ${JSON.stringify(entry.matches)} in the ${browser} manifest, not ${JSON.stringify(patterns)}`,
      );
    }
    const claimed = claim.values.includes(DYNAMIC_URL);
    const has = entry.use_dynamic_url === true;
    // The row speaks of Chromium, which alone knows the key; no manifest may have it without the row saying so.
    if (browser === 'chromium' ? has !== claimed : has && !claimed) {
      problems.push(
        `${at(claim)}: ${DYNAMIC_URL} is ${String(entry.use_dynamic_url)} in the ${browser} manifest; the row ${claimed ? 'claims' : 'does not claim'} it`,
      );
    }
  }
  for (const entry of entries) {
    if (!matched.has(entry))
      problems.push(`web_accessible_resources entry ${JSON.stringify(entry)} of the ${browser} manifest has no row`);
  }
  return problems;
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());
}
