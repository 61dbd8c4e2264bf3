/**
 * Each function lifts storage.local data by one schema version. They run on whatever was stored, so they take
 * `unknown`, never throw, and leave per-field validation to the repair that follows them.
 */

export const LOCAL_STORE_VERSION = 2;

type Migration = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Unversioned (development builds before the schema was versioned): grants as
 * `{ provider, app, clientId, scope: "a b", redirect: "https://host/path", at: ISO date, origin }` and the
 * popup's last opening as `lastOpened`.
 */
export function migrateUnversionedToV1(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const grants = Array.isArray(data['grants']) ? data['grants'].map(unversionedGrant) : [];
  return {
    ...data,
    schemaVersion: 1,
    grants,
    popupSeenAt: data['popupSeenAt'] ?? data['lastOpened'] ?? null,
    droppedGrants: data['droppedGrants'] ?? 0,
  };
}

function unversionedGrant(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || 'approvedAt' in entry) return entry;
  const old = entry as Record<string, unknown>;
  const at = typeof old['at'] === 'string' ? Date.parse(old['at']) : old['at'];
  return {
    providerId: old['provider'],
    appName: old['app'] ?? null,
    clientId: old['clientId'],
    scopes: typeof old['scope'] === 'string' ? old['scope'].split(/\s+/).filter((id) => id !== '') : old['scope'],
    redirectHost: typeof old['redirect'] === 'string' ? hostOf(old['redirect']) : null,
    approvedAt: at,
    pageOrigin: old['origin'] ?? 'https://app.vssps.visualstudio.com',
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/**
 * Version 2 adds the user's settings (providers turned off, trusted origins), empty until they choose, and the log of
 * problem reports, empty.
 */
export function migrateV1ToV2(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {
    ...data,
    schemaVersion: 2,
    settings: data['settings'] ?? { disabledProviders: [], trustedOrigins: [] },
    reports: data['reports'] ?? [],
  };
}

/** Migration `i` lifts version `i` to `i + 1`; version 0 is the unversioned shape. */
const MIGRATIONS: readonly Migration[] = [migrateUnversionedToV1, migrateV1ToV2];

/** Brings stored data up to the current version; anything unrecognizable becomes an empty store. */
export function migrateLocalStore(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  let data = { ...(raw as Record<string, unknown>) };
  const stored = data['schemaVersion'];
  let version =
    stored === undefined ? 0 : typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : null;
  // A version we cannot read (garbage, or from a newer build): keep whatever still fits the current schema.
  if (version === null || version > LOCAL_STORE_VERSION) return { ...data, schemaVersion: LOCAL_STORE_VERSION };
  while (version < LOCAL_STORE_VERSION) {
    const migration = MIGRATIONS[version];
    if (!migration) break;
    data = migration(data);
    version++;
  }
  return data;
}
