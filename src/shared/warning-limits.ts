/**
 * The bounds of a warning as it crosses from the background to a page: defined once, for the valibot schema
 * (shared/to-content.ts), the content script's hand-written guard (content/reply-guards.ts) and the background
 * that builds the warning (background/report.ts).
 */
export const WARNING_LIMITS = {
  /** Characters in the headline and in each reason. */
  text: 400,
  /** Reasons listed under the headline. */
  reasons: 12,
  /** Characters of the real origin the warning names. */
  realOrigin: 200,
} as const;
