import * as v from 'valibot';
import { LIMITS, type RecordedGrant } from '../core/authorizations/grant';
import { RecordedGrantSchema } from './local-store';
import { SettingsSchema, type Settings } from './settings';

/**
 * The file "Export" writes and "Import" reads: the user's settings and the grants Consent Guard recorded. Never the
 * password-alert fingerprint: a file can travel, and the alert re-enrolls on the next Microsoft sign-in.
 */
export const EXPORT_FORMAT = 'consent-guard-export';

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  exportedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  settings: SettingsSchema,
  passwordAlert: v.strictObject({ enabled: v.boolean() }),
  grants: v.pipe(v.array(RecordedGrantSchema), v.maxLength(LIMITS.recordedGrants), v.readonly()),
});
export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: 1;
  readonly exportedAt: number;
  readonly settings: Settings;
  readonly passwordAlert: { readonly enabled: boolean };
  readonly grants: readonly RecordedGrant[];
}

// A real export is a few hundred kilobytes at most (2,000 grants); anything far larger is not one.
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportCheck =
  | { readonly ok: true; readonly file: ExportFile }
  | { readonly ok: false; readonly problem: 'not-json' | 'not-export' | 'too-large'; readonly where: string | null };

/** Reads a file's text; on failure says why and, for schema errors, where (a dotted path), for the user's message. */
export function checkImportText(text: string): ImportCheck {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large', where: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json', where: null };
  }
  const parsed = v.safeParse(ExportFileSchema, data);
  if (parsed.success) return { ok: true, file: parsed.output satisfies ExportFile };
  const issue = parsed.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? null;
  return { ok: false, problem: 'not-export', where: path === '' ? null : path };
}
