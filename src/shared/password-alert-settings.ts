import * as v from 'valibot';
import {
  FINGERPRINT_BITS,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type Enrollment,
} from '../core/password-alert/fingerprint';

/**
 * The password-reuse alert's part of storage.local: off by default; when on, only a salted, truncated hash
 * of the Microsoft password and its length are kept (never in storage.sync, never the password).
 */
export interface PasswordAlertSettings {
  readonly enabled: boolean;
  readonly enrollment: (Enrollment & { readonly enrolledAt: number }) | null;
}

export const PASSWORD_ALERT_OFF: PasswordAlertSettings = Object.freeze({ enabled: false, enrollment: null });

export const EnrollmentSchema = v.strictObject({
  salt: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
  fingerprint: v.pipe(v.string(), v.regex(new RegExp(`^[0-9a-f]{${Math.ceil(FINGERPRINT_BITS / 4)}}$`))),
  length: v.pipe(v.number(), v.integer(), v.minValue(MIN_PASSWORD_LENGTH), v.maxValue(MAX_PASSWORD_LENGTH)),
});

const StoredSchema = v.object({
  enabled: v.boolean(),
  enrollment: v.nullable(
    v.object({ ...EnrollmentSchema.entries, enrolledAt: v.pipe(v.number(), v.finite(), v.minValue(0)) }),
  ),
});

/** Damaged settings fall back to "off": an alert that cannot be trusted to be right must not half-run. */
export function repairPasswordAlert(raw: unknown): PasswordAlertSettings {
  const parsed = v.safeParse(StoredSchema, raw);
  if (!parsed.success) return PASSWORD_ALERT_OFF;
  return parsed.output.enabled ? parsed.output : PASSWORD_ALERT_OFF;
}
