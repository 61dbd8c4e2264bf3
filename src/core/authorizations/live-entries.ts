import * as v from 'valibot';
import type { AuthorizationFieldMap } from '../providers/types';
import { clipText, LIMITS } from './grant';

/** One entry of a provider's authorization list, after validation: every field optional but the id. */
export interface LiveAuthorization {
  readonly id: string;
  readonly clientId: string | null;
  readonly appName: string | null;
  readonly publisher: string | null;
  readonly scopeIds: readonly string[] | null;
  readonly scopeTitles: readonly { readonly title: string; readonly description: string }[];
  readonly redirectUri: string | null;
  readonly validFrom: number | null;
  readonly validTo: number | null;
  readonly isValid: boolean | null;
}

export interface LiveList {
  readonly entries: readonly LiveAuthorization[];
  /** Entries that could not be read (no id, wrong shape): dropped one by one, never the whole list. */
  readonly dropped: number;
}

// VSS services answer either a bare array or `{ count, value }`; extra fields are fine.
const ListSchema = v.union([v.array(v.unknown()), v.looseObject({ value: v.array(v.unknown()) })]);
const EntrySchema = v.record(v.string(), v.unknown());

const Text = v.pipe(
  v.string(),
  v.transform((value) => clipText(value)),
);
const Id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.id));
const Scopes = v.union([v.pipe(v.string(), v.maxLength(10_000)), v.pipe(v.array(v.string()), v.maxLength(1_000))]);
const ScopeTitles = v.array(v.unknown());
const ScopeTitleSchema = v.looseObject({ title: v.optional(v.string()), description: v.optional(v.string()) });
const DateText = v.pipe(v.string(), v.maxLength(64));
const RedirectUri = v.pipe(v.string(), v.maxLength(2_048));
const Flag = v.boolean();

/**
 * Reads a provider's list answer. Returns null when the answer as a whole is not a list (an error for the
 * caller to report); otherwise every readable entry, with a count of the unreadable ones.
 */
export function parseLiveList(
  payload: unknown,
  fields: AuthorizationFieldMap,
  scopeSeparator: RegExp,
): LiveList | null {
  const list = v.safeParse(ListSchema, payload);
  if (!list.success) return null;
  const raw = Array.isArray(list.output) ? list.output : list.output.value;
  const entries: LiveAuthorization[] = [];
  let dropped = 0;
  for (const item of raw) {
    const entry = parseEntry(item, fields, scopeSeparator);
    if (entry) entries.push(entry);
    else dropped++;
  }
  return { entries, dropped };
}

function parseEntry(item: unknown, fields: AuthorizationFieldMap, scopeSeparator: RegExp): LiveAuthorization | null {
  const entry = v.safeParse(EntrySchema, item);
  if (!entry.success) return null;
  const at = (paths: readonly string[]): unknown => firstPresent(entry.output, paths);
  const id = read(Id, at(fields.id));
  if (id === null) return null;
  const scopes = read(Scopes, at(fields.scopes));
  return {
    id,
    clientId: read(Id, at(fields.clientId)),
    appName: emptyToNull(read(Text, at(fields.appName))),
    publisher: emptyToNull(read(Text, at(fields.publisher))),
    scopeIds: scopes === null ? null : splitScopes(scopes, scopeSeparator),
    scopeTitles: readScopeTitles(at(fields.scopeTitles)),
    redirectUri: read(RedirectUri, at(fields.redirectUri)),
    validFrom: toTime(read(DateText, at(fields.validFrom))),
    validTo: toTime(read(DateText, at(fields.validTo))),
    isValid: read(Flag, at(fields.isValid)),
  };
}

function read<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T | null {
  if (value === undefined || value === null) return null;
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : null;
}

// A list holds hundreds of entries, each read through the same few paths.
const splitPaths = new Map<string, readonly string[]>();
function keysOf(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (!keys) {
    keys = path.split('.');
    splitPaths.set(path, keys);
  }
  return keys;
}

function firstPresent(root: Readonly<Record<string, unknown>>, paths: readonly string[]): unknown {
  for (const path of paths) {
    let current: unknown = root;
    for (const key of keysOf(path)) {
      // Own properties only: a payload's `__proto__` or `constructor` must not resolve to anything.
      current =
        typeof current === 'object' && current !== null && Object.hasOwn(current, key)
          ? (current as Record<string, unknown>)[key]
          : undefined;
    }
    if (current !== undefined && current !== null) return current;
  }
  return undefined;
}

function splitScopes(scopes: string | readonly string[], separator: RegExp): string[] {
  const ids = typeof scopes === 'string' ? scopes.split(separator) : scopes;
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0 && id.length <= LIMITS.id))].slice(
    0,
    LIMITS.scopes,
  );
}

function readScopeTitles(value: unknown): { title: string; description: string }[] {
  const list = read(ScopeTitles, value);
  if (!list) return [];
  const titles: { title: string; description: string }[] = [];
  for (const item of list.slice(0, LIMITS.scopes)) {
    const parsed = v.safeParse(ScopeTitleSchema, item);
    if (parsed.success && typeof parsed.output.title === 'string' && parsed.output.title.trim() !== '') {
      titles.push({
        title: clipText(parsed.output.title),
        description: clipText(parsed.output.description ?? '', 400),
      });
    }
  }
  return titles;
}

function toTime(value: string | null): number | null {
  if (value === null) return null;
  const time = Date.parse(value);
  // .NET's DateTime.MinValue/MaxValue mean "not set" rather than a date anyone should read.
  if (!Number.isFinite(time) || time <= Date.UTC(1971, 0, 1) || time >= Date.UTC(9000, 0, 1)) return null;
  return time;
}

function emptyToNull(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}
