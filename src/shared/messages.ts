import * as v from 'valibot';
import { ExportFileSchema } from './export-file';
import { EnrollmentSchema } from './password-alert-settings';
import { SettingsSchema } from './settings';
import { PageSnapshotSchema } from './snapshot-schema';

export { ReportReplySchema, ToContentMessageSchema, WarningSpecSchema, type ReportReply, type ToContentMessage } from './to-content';

/**
 * The one message protocol between the extension's parts. Everything that crosses a boundary is parsed
 * with these schemas; the tab, frame and URL a message is about always come from `sender`, never from here.
 */

/** Content script → background. */
export const ContentMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('page-report'),
    /**
     * The document's current URL. Browsers keep `sender.url` at the URL the document loaded with, so after
     * history.pushState only the page knows where it is. Used only when its origin equals the sender's.
     */
    href: v.pipe(v.string(), v.maxLength(32_768)),
    snapshot: v.nullable(PageSnapshotSchema),
  }),
  v.strictObject({ type: v.literal('continue-anyway') }),
  v.strictObject({ type: v.literal('warning-tampered') }),
  /**
   * The user clicked Accept (a trusted click) on a page the background said is a verified approval page. The
   * grant is recorded from the background's own verdict for the sender; only the display name comes from here.
   */
  v.strictObject({ type: v.literal('approval-accepted'), appName: v.nullable(v.pipe(v.string(), v.maxLength(200))) }),
  /** Sent from Microsoft's own sign-in page only (the background checks the sender): the salted, truncated hash. */
  v.strictObject({ type: v.literal('password-alert-enroll'), enrollment: EnrollmentSchema }),
  /** What was typed matched the enrolled fingerprint; nothing typed travels with it. */
  v.strictObject({ type: v.literal('password-reuse-detected') }),
  /** From the device-code script: is the sender's page a provider's device-code entry page, and how to guard it? */
  v.strictObject({ type: v.literal('device-code-page') }),
  /** The user's report from the in-page warning; the page is the sender's. */
  v.strictObject({ type: v.literal('report-problem'), verdict: v.picklist(['safe', 'phishing']) }),
]);
export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

/** Extension pages (popup, full-page warning, options) → background. */
export const PageMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('get-tab-state'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('get-blocked-page'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('leave-blocked-page'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('continue-blocked-page'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** The popup's list of grants; `markSeen` once per opening, so "new since last time" survives refreshes. */
  v.strictObject({ type: v.literal('list-authorizations'), markSeen: v.boolean() }),
  /** The list the providers last gave, to show while `list-authorizations` asks them again. */
  v.strictObject({ type: v.literal('remembered-authorizations') }),
  v.strictObject({ type: v.literal('get-password-alert') }),
  v.strictObject({ type: v.literal('set-password-alert'), enabled: v.boolean() }),
  v.strictObject({
    type: v.literal('revoke-authorization'),
    providerId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  }),
  /** The options page. */
  v.strictObject({ type: v.literal('get-settings') }),
  v.strictObject({ type: v.literal('set-settings'), settings: SettingsSchema }),
  v.strictObject({ type: v.literal('clear-exceptions') }),
  v.strictObject({ type: v.literal('export-data') }),
  /** Checked by the options page first (to say what is wrong) and again here: a file is untrusted input. */
  v.strictObject({ type: v.literal('import-data'), file: ExportFileSchema }),
  /** From the popup or the full-page warning, about the tab's page as the background recorded it. */
  v.strictObject({ type: v.literal('report-problem'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)), verdict: v.picklist(['safe', 'phishing']) }),
]);
export type PageMessage = v.InferOutput<typeof PageMessageSchema>;
