import * as v from 'valibot';
import type { Enrollment } from '../core/password-alert/fingerprint';
import { EnrollmentSchema } from './password-alert-settings';

/** What the background asks of a page for the password-reuse alert: watch typing, or enroll the password. */
export type PasswordAlertMode = { readonly watch: Enrollment } | { readonly enroll: true };

export const PasswordAlertModeSchema = v.union([
  v.strictObject({ watch: EnrollmentSchema }),
  v.strictObject({ enroll: v.literal(true) }),
]);
