/**
 * What the content script reports about a page: plain JSON data, provider-agnostic, bounded in size.
 * Every string is normalized with `normalizeText` (NFKC, invisible characters removed, lowercased,
 * whitespace collapsed) unless noted. Caps are in `SNAPSHOT_CAPS` (`snapshot-caps.ts`); when one is hit, `truncated` is
 * set.
 *
 * The background must not treat anything here as proof of where the page lives (it uses the sender's URL);
 * the snapshot only says what the page shows.
 */

export const SNAPSHOT_VERSION = 1;

export interface FormSnapshot {
  /** Absolute action URL, or null when the form has no action attribute (it posts to the page itself). */
  readonly action: string | null;
  /** Lowercased method attribute, `get` by default. */
  readonly method: string;
  /**
   * The action (or a submit button's `formaction`) resolves to another http(s) origin than the page's, or
   * to a `data:` URL; `javascript:` actions stay on the page and do not count.
   */
  readonly crossOrigin: boolean;
  readonly hasPassword: boolean;
  readonly hasIdentifier: boolean;
  /** It holds an approve/accept/authorize button: a consent form. */
  readonly hasApprove: boolean;
}

/** A URL drawn as text (or in a read-only input): a candidate fake address bar. */
export interface AddressBarSnapshot {
  /** The URL as shown, lowercased; may lack the scheme (`login.microsoftonline.com/...`). */
  readonly url: string;
  /** Hostname parsed from it. */
  readonly host: string;
  /** The text around it is little more than the URL itself, as in an address bar. */
  readonly standalone: boolean;
  /** It sits in running prose, code, a quote or a link: documentation, not a window. */
  readonly prose: boolean;
  /** A fixed/absolutely positioned ancestor holds it: a drawn "window". */
  readonly positioned: boolean;
  /** That window (or a close ancestor) also holds a password or username/email input. */
  readonly credentialNearby: boolean;
}

export interface LogoSnapshot {
  /** The four-coloured-squares logo drawn with inline SVG or CSS (outside sign-in-with buttons). */
  readonly fourSquare: boolean;
  readonly fourSquareUpper: boolean;
}

export interface ConsentSnapshot {
  /** Actions worded like approval: accept, allow, authorize, approve, grant. */
  readonly approveActions: number;
  /** Actions worded like refusal: deny, cancel, decline, reject. */
  readonly denyActions: number;
  /** List item texts (the permissions/scopes list on a consent page). */
  readonly listItems: readonly string[];
  /**
   * The app's name as the page shows it, read only on pages with an approve action. Raw text (not normalized:
   * invisible and look-alike characters in it are themselves the signal), at most `MAX_APP_NAME` characters.
   */
  readonly appName: string | null;
}

export interface TextStats {
  /** Text segments seen (runs of text between block boundaries). */
  readonly segments: number;
  /** Segments longer than `SNAPSHOT_CAPS.proseSegment`: paragraphs of prose. */
  readonly proseSegments: number;
  /** Visible characters seen in total. */
  readonly chars: number;
}

/**
 * A run of text the reader sees as one line (a paragraph, a list item, a box of code cells), or an image's alt text.
 */
export interface DeviceCodeSegment {
  /** Case kept (user codes are capitals), invisible characters removed, white space collapsed. */
  readonly text: string;
  /** Inside code, tool output, a quotation or a terminal: quoted, not said to the reader. */
  readonly quoted: boolean;
  readonly image: boolean;
}

/** What a page that names a device-login address says around it (see `device-code-cues.ts`). */
export interface DeviceCodeCues {
  readonly segments: readonly DeviceCodeSegment[];
  /** Link targets and URL-like text naming a device-login address, as written. */
  readonly addresses: readonly { readonly address: string; readonly quoted: boolean }[];
}

/** An image in a sign-in card (see `PageSnapshot.cardImages`). */
export interface CardImage {
  /** Its text alternative (alt, aria-label, title, an SVG's title), empty when it has none. */
  readonly label: string;
  /** Every hint read from it (see `imageHints`). */
  readonly hints: readonly string[];
}

export interface PageSnapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** Normalized document title. */
  readonly title: string;
  /** Shortcut: at least one visible password input. */
  readonly hasPassword: boolean;
  readonly passwordInputs: number;
  /** Visible inputs that take a username, email address or phone number for sign-in. */
  readonly identifierInputs: number;
  /** Forms holding a password or identifier input, or an approval button. */
  readonly forms: readonly FormSnapshot[];
  readonly headings: readonly string[];
  /** label and legend texts. */
  readonly labels: readonly string[];
  /** Button, link and submit texts, except sign-in-with buttons (see `ssoButtons`). */
  readonly actions: readonly string[];
  /** "Continue with X" / "Sign in with X" controls: a third party offering the provider's sign-in. */
  readonly ssoButtons: readonly string[];
  /** placeholder, aria-label, title and alt values. */
  readonly attributes: readonly string[];
  /** Short text segments (interface wording), prose excluded. */
  readonly uiText: readonly string[];
  /** Text of the upper portion of the page, by layout when the page has one, else by document order. */
  readonly upperText: string;
  /** Image/logo hints: src file names, alt, aria-label, class and id fragments of images, SVGs, logo boxes. */
  readonly imageHints: readonly string[];
  /** The subset of `imageHints` found in the upper portion. */
  readonly upperImageHints: readonly string[];
  /**
   * The hints of each image in a sign-in card: a small box that also holds a credential field, the image outside
   * any link or button (those are choices, such as icon-only sign-in-with buttons, not the card's own branding).
   */
  readonly cardImages: readonly CardImage[];
  /**
   * `id` attributes of the elements read and `name` attributes of their inputs, lowercased, not otherwise
   * normalized: a saved copy of a sign-in page keeps the genuine page's element names.
   */
  readonly markupIds: readonly string[];
  readonly logo: LogoSnapshot;
  /** URL-looking strings drawn inside the page (browser-in-the-browser). */
  readonly fakeAddressBars: readonly AddressBarSnapshot[];
  readonly consent: ConsentSnapshot;
  readonly textStats: TextStats;
  /** A cap was hit: the page was larger than the snapshot could hold. */
  readonly truncated: boolean;
  /** Only on pages that name a device-login address: what the lure detector reads. */
  readonly deviceCode?: DeviceCodeCues;
  /**
   * Text segments that read like a provider's question naming the app a device code signs in (`mayNameCodeApp`), as
   * written: case, spacing and invisible characters kept, for the background to read (`appNamedAfterCode`).
   */
  readonly appLines?: readonly string[];
}
