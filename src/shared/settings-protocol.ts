import * as v from 'valibot';
import { SettingsSchema, TrustedOriginSchema } from './settings';

/** The background's answer to the options page's `get-settings`, parsed there before it renders. */
export const SettingsReplySchema = v.object({
  providers: v.array(v.object({ id: v.string(), name: v.string(), fromPolicy: v.boolean() })),
  /** The user's own choices, as stored. */
  settings: SettingsSchema,
  /** What the organisation's policy sets: shown, and locked, in the options page. */
  managed: v.object({
    trustedOrigins: v.array(TrustedOriginSchema),
    forcePasswordAlert: v.boolean(),
    forbidContinueAnyway: v.boolean(),
    reportUrl: v.nullable(v.string()),
    reportingConsent: v.boolean(),
  }),
  /** Origins the user chose "Continue anyway" for in this browser session. */
  exceptions: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type SettingsReply = v.InferOutput<typeof SettingsReplySchema>;

export const ImportReplySchema = v.variant('result', [
  v.object({ result: v.literal('imported'), grants: v.number(), origins: v.number() }),
  v.object({ result: v.literal('rejected') }),
]);
export type ImportReply = v.InferOutput<typeof ImportReplySchema>;
