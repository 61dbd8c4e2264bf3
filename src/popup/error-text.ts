/** What to tell the user about a failure: an Error's message, or whatever else was thrown, as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
