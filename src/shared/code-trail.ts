import * as v from 'valibot';
import type { CodeTrail } from '../core/device-code/code-trail';

/**
 * A tab's way from a provider's device-code page (`core/device-code/code-trail.ts`), in storage.session under its own
 * key: a tab's verdict is dropped at every navigation, and the trail must outlive the pages between the code and the
 * page that names the app. Written only by the background; dropped when it does not parse.
 */
export const CODE_TRAIL_VERSION = 1;

export const codeTrailKey = (tabId: number): string => `code-trail:${tabId}`;

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** The app a device code is signing in, as the popup is told it. */
export const CodeSignInSchema = v.object({
  /** The account the code hands over ("Microsoft"). */
  account: Text(100),
  app: Text(200),
  /** Where the page's wording is documented. */
  source: Text(400),
});
export type CodeSignIn = v.InferOutput<typeof CodeSignInSchema>;

const StoredTrailSchema = v.object({
  v: v.literal(CODE_TRAIL_VERSION),
  providerId: Text(64),
  account: Text(100),
  startedAt: v.number(),
  named: v.nullable(v.object({ app: Text(200), source: Text(400) })),
});
export type StoredTrail = v.InferOutput<typeof StoredTrailSchema>;

export function parseCodeTrail(raw: unknown): CodeTrail | null {
  const result = v.safeParse(StoredTrailSchema, raw);
  if (!result.success) return null;
  const { providerId, account, startedAt, named } = result.output;
  return { providerId, account, startedAt, named };
}

export function storedTrail(trail: CodeTrail): StoredTrail {
  return { v: CODE_TRAIL_VERSION, ...trail };
}

/** What the popup shows: only while the page that names the app is the tab's document. */
export function codeSignInOf(trail: CodeTrail | null): CodeSignIn | null {
  return trail?.named ? { account: trail.account, app: trail.named.app, source: trail.named.source } : null;
}
