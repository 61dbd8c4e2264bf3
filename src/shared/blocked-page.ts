import * as v from 'valibot';
import { WarningSpecSchema } from './to-content';

export const blockedKey = (tabId: number): string => `blocked:${tabId}`;

export const BlockedPageSchema = v.object({
  url: v.pipe(v.string(), v.url()),
  warning: WarningSpecSchema,
});
export type BlockedPage = v.InferOutput<typeof BlockedPageSchema>;
