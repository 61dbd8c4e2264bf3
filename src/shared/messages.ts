import * as v from 'valibot';
import { AuthorizationsReplySchema, RememberedReplySchema, RevokeReplySchema } from './authorizations-protocol';
import { BlockedPageSchema } from './blocked-page';
import { CodeSignInSchema } from './code-trail';
import { ExportFileSchema } from './export-file';
import { EnrollmentSchema } from './password-alert-settings';
import { SettingsSchema } from './settings';
import { ImportReplySchema, SettingsReplySchema } from './settings-protocol';
import { PageSnapshotSchema } from './snapshot-schema';
import { TabStateSchema } from './tab-state';
import type { DeviceCodeReply } from './device-code-protocol';
import type { ReportReply } from './to-content';
import type { WarningSpec } from './warning-spec';

export {
  ReportReplySchema,
  ToContentMessageSchema,
  WarningSpecSchema,
  type ReportReply,
  type ToContentMessage,
} from './to-content';

/**
 * The one message protocol between the extension's parts: each request's schema, and the reply it gets
 * (`ContentReplies`, `PAGE_REPLIES`). Everything that crosses a boundary is parsed with these schemas; the tab,
 * frame and URL a message is about always come from `sender`, never from here. A request the background refuses
 * gets `Rejected` instead of its reply.
 */

export interface Rejected {
  readonly error: 'rejected';
}
const OkSchema = v.strictObject({ ok: v.literal(true) });
export type Ok = v.InferOutput<typeof OkSchema>;
export const ProblemReportReplySchema = v.strictObject({ recorded: v.boolean(), sent: v.boolean() });
export type ProblemReportReply = v.InferOutput<typeof ProblemReportReplySchema>;

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
export type ContentRequest<K extends ContentMessage['type']> = Extract<ContentMessage, { type: K }>;

/**
 * Content script → background: each request's reply. Types only: the content script checks the replies it reads
 * with the hand-written guards in content/reply-guards.ts, which stay within its size budget.
 */
export interface ContentReplies {
  'page-report': ReportReply;
  'continue-anyway': Ok;
  'warning-tampered': Ok;
  'approval-accepted': Ok;
  'password-alert-enroll': Ok;
  'password-reuse-detected': { readonly warning: WarningSpec | null };
  'device-code-page': DeviceCodeReply;
  'report-problem': ProblemReportReply;
}

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
  v.strictObject({
    type: v.literal('report-problem'),
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    verdict: v.picklist(['safe', 'phishing']),
  }),
]);
export type PageMessage = v.InferOutput<typeof PageMessageSchema>;
export type PageRequest<K extends PageMessage['type']> = Extract<PageMessage, { type: K }>;

export const PasswordAlertStatusSchema = v.object({
  enabled: v.boolean(),
  managed: v.boolean(),
  enrolledAt: v.nullable(v.number()),
  homeOrigin: v.nullable(v.string()),
});

/** Extension page → background: the schema each request's reply is parsed with where it arrives (shared/ask.ts). */
export const PAGE_REPLIES = {
  'get-tab-state': v.object({ state: v.nullable(TabStateSchema), codeSignIn: v.nullable(CodeSignInSchema) }),
  'get-blocked-page': v.object({ blocked: v.nullable(BlockedPageSchema) }),
  'leave-blocked-page': OkSchema,
  'continue-blocked-page': OkSchema,
  'list-authorizations': AuthorizationsReplySchema,
  'remembered-authorizations': RememberedReplySchema,
  'get-password-alert': PasswordAlertStatusSchema,
  'set-password-alert': PasswordAlertStatusSchema,
  'revoke-authorization': RevokeReplySchema,
  'get-settings': SettingsReplySchema,
  'set-settings': SettingsReplySchema,
  'clear-exceptions': SettingsReplySchema,
  'export-data': ExportFileSchema,
  'import-data': ImportReplySchema,
  'report-problem': ProblemReportReplySchema,
} as const satisfies { readonly [K in PageMessage['type']]: v.GenericSchema };

/** What a page receives for request `K`, as parsed. */
export type PageReply<K extends PageMessage['type']> = v.InferOutput<(typeof PAGE_REPLIES)[K]>;

/** What the background may answer for request `K`: the parsed shape, with any list or object left read-only. */
export type PageReplySent<K extends PageMessage['type']> = ReadonlyDeep<PageReply<K>>;
type ReadonlyDeep<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyDeep<U>[]
  : T extends object
    ? { readonly [P in keyof T]: ReadonlyDeep<T[P]> }
    : T;
