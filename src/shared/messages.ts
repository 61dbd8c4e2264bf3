import * as v from 'valibot';
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
]);
export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

/** Extension pages (popup, full-page warning) → background. */
export const PageMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('get-tab-state'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('get-blocked-page'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('leave-blocked-page'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('continue-blocked-page'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);
export type PageMessage = v.InferOutput<typeof PageMessageSchema>;
