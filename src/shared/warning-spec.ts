/** What the in-page warning says: built by the background from a verdict, rendered by the content script. */
export interface WarningSpec {
  readonly headline: string;
  readonly reasons: readonly string[];
  /** Where the real page lives, e.g. `https://login.microsoftonline.com`. */
  readonly realOrigin: string | null;
  /** False where the organisation's policy forbids "Continue anyway". */
  readonly continueAllowed: boolean;
}
