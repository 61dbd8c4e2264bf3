import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { LIMITS, type RecordedGrant } from '../core/authorizations/grant';
import { RISK_LEVELS } from '../core/risk/types';
import { LOCAL_STORE_VERSION, migrateLocalStore } from './local-store-migrations';
import { PASSWORD_ALERT_OFF, repairPasswordAlert, type PasswordAlertSettings } from './password-alert-settings';
import { repairReports, type ProblemReport } from './problem-reports';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './settings';

/**
 * Everything the extension keeps in storage.local, under one key and one versioned schema. Read through
 * `readLocalStore`, which migrates older shapes and repairs damage field by field: a bad entry costs that entry,
 * never the user's other recorded approvals.
 */

export const LOCAL_STORE_KEY = 'consent-guard';

const Bounded = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const RecordedGrantSchema = v.object({
  providerId: v.pipe(Bounded(64), v.minLength(1)),
  appName: v.nullable(Bounded(LIMITS.text)),
  clientId: v.pipe(Bounded(LIMITS.id), v.minLength(1)),
  scopes: v.pipe(v.array(Bounded(LIMITS.id)), v.maxLength(LIMITS.scopes), v.readonly()),
  redirectHost: v.nullable(Bounded(260)),
  approvedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  pageOrigin: v.pipe(Bounded(260), v.startsWith('https://')),
  // Optional: records kept before the request-risk judgement have none, and stay valid without a migration.
  riskLevel: v.optional(v.picklist(RISK_LEVELS)),
});

const SeenAtSchema = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0)));
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export interface LocalStore {
  readonly schemaVersion: typeof LOCAL_STORE_VERSION;
  readonly grants: readonly RecordedGrant[];
  /** When the popup was last opened, to point out grants that are new since. */
  readonly popupSeenAt: number | null;
  /** Recorded grants dropped over time because they were damaged: a count, to notice silent loss. */
  readonly droppedGrants: number;
  /** The password-reuse alert's settings; repaired by its own module. */
  readonly passwordAlert: PasswordAlertSettings;
  /** Providers on or off and trusted origins; repaired by its own module. */
  readonly settings: Settings;
  /** What was reported about pages, bounded; see problem-reports.ts. */
  readonly reports: readonly ProblemReport[];
}

export const EMPTY_LOCAL_STORE: LocalStore = Object.freeze({
  schemaVersion: LOCAL_STORE_VERSION,
  grants: [],
  popupSeenAt: null,
  droppedGrants: 0,
  passwordAlert: PASSWORD_ALERT_OFF,
  settings: DEFAULT_SETTINGS,
  reports: [],
});

/** Migrates and repairs whatever was stored. Pure: exported for tests. */
export function repairLocalStore(raw: unknown): LocalStore {
  const data = migrateLocalStore(raw);
  const rawGrants = Array.isArray(data['grants']) ? data['grants'] : [];
  const grants: RecordedGrant[] = [];
  let dropped = Array.isArray(data['grants']) || data['grants'] === undefined ? 0 : 1;
  for (const entry of rawGrants) {
    const parsed = v.safeParse(RecordedGrantSchema, entry);
    if (parsed.success) grants.push(parsed.output);
    else dropped++;
  }
  const seen = v.safeParse(SeenAtSchema, data['popupSeenAt'] ?? null);
  const before = v.safeParse(CountSchema, data['droppedGrants']);
  return {
    schemaVersion: LOCAL_STORE_VERSION,
    grants: grants.slice(-LIMITS.recordedGrants),
    popupSeenAt: seen.success ? seen.output : null,
    droppedGrants: (before.success ? before.output : 0) + dropped + Math.max(0, grants.length - LIMITS.recordedGrants),
    passwordAlert: repairPasswordAlert(data['passwordAlert']),
    settings: repairSettings(data['settings']),
    reports: repairReports(data['reports']),
  };
}

export async function readLocalStore(): Promise<LocalStore> {
  const stored = await browser.storage.local.get(LOCAL_STORE_KEY);
  return repairLocalStore(stored[LOCAL_STORE_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the store, one at a time: two approvals recorded at once must not overwrite each other.
 * The repaired store is what gets written, so damage is repaired on the first write after it is found.
 */
export function updateLocalStore(change: (store: LocalStore) => LocalStore): Promise<LocalStore> {
  const work = async (): Promise<LocalStore> => {
    const next = change(await readLocalStore());
    await browser.storage.local.set({ [LOCAL_STORE_KEY]: next });
    return next;
  };
  const result = queue.then(work, work);
  queue = result.catch(() => undefined);
  return result;
}
