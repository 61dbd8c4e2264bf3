import * as v from 'valibot';
import { HOLD_LIMITS } from './consent-hold-spec';
import { PasswordAlertModeSchema } from './password-alert-mode';
import { WARNING_LIMITS } from './warning-limits';

/**
 * Messages that reach the content script. Kept apart from the content → background schemas so the content
 * script bundle carries only what it parses.
 */

const Text = v.pipe(v.string(), v.maxLength(WARNING_LIMITS.text));

export const WarningSpecSchema = v.strictObject({
  headline: Text,
  reasons: v.pipe(v.array(Text), v.maxLength(WARNING_LIMITS.reasons), v.readonly()),
  realOrigin: v.nullable(v.pipe(v.string(), v.maxLength(WARNING_LIMITS.realOrigin))),
  /** False where the organisation's policy forbids "Continue anyway": the warning then offers only the way back. */
  continueAllowed: v.boolean(),
});

const Items = v.pipe(v.array(Text), v.maxLength(HOLD_LIMITS.items), v.readonly());

export const ConsentHoldSpecSchema = v.strictObject({
  mode: v.picklist(['confirm', 'block']),
  headline: Text,
  appName: v.nullable(v.pipe(v.string(), v.maxLength(HOLD_LIMITS.host))),
  gets: Items,
  where: v.nullable(v.pipe(v.string(), v.maxLength(HOLD_LIMITS.host))),
  reasons: Items,
});

/** Background → content script (top frame). */
export const ToContentMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('show-warning'), warning: WarningSpecSchema }),
]);
export type ToContentMessage = v.InferOutput<typeof ToContentMessageSchema>;

/** The background's answer to a page report. */
export const ReportReplySchema = v.strictObject({
  warning: v.nullable(WarningSpecSchema),
  /** Set, for the top frame only, when the tab is a verified approval page: the cue to watch for Accept. */
  verifiedApproval: v.optional(v.boolean()),
  /** Set only while the user has turned the password-reuse alert on. */
  passwordAlert: v.optional(PasswordAlertModeSchema),
  /** Set, for the top frame of a verified approval page only, when the request is high risk: hold Accept for this. */
  consentHold: v.optional(ConsentHoldSpecSchema),
});
export type ReportReply = v.InferOutput<typeof ReportReplySchema>;
