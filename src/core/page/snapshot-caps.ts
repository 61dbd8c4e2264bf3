/**
 * Every limit of the page snapshot: the sizes of what it reports (when one is hit, `truncated` is set) and the
 * bounds on the walk that reads it. Each keeps the inspection of a hostile or giant page as cheap as an ordinary one.
 */
export const SNAPSHOT_CAPS = {
  /**
   * Elements and text nodes visited in the whole walk (open shadow roots included): first the top of the page
   * (`topNodes`, in document order), then the panels around credential fields and POSTing forms, each up to
   * `panelNodes`. A page is judged on what it shows first and what it asks for, not on its whole length.
   */
  nodes: 900,
  topNodes: 500,
  panelNodes: 300,
  /** Credential fields and forms whose surroundings are read. */
  panels: 6,
  /** Nesting depth the walk descends; deeper content is skipped. */
  depth: 8_192,
  /** Calls to getComputedStyle/checkVisibility: the rest of the page is judged on attributes and inline style. */
  styleReads: 60,
  /** The same, for each panel: what surrounds a credential field is where decoys hide. */
  panelStyleReads: 40,
  /** Length of one text sample (title, heading, label, ...). */
  sample: 120,
  /** Length of an action (button/link) text or an attribute sample. */
  shortSample: 80,
  /** Length of a URL (form action, address bar text). */
  url: 300,
  /** Length of the upper-portion text. */
  upperText: 1_500,
  /** Text segments in document order that count as the upper portion when the page has no layout. */
  upperSegments: 25,
  /** A text segment longer than this is prose (paragraph text), not interface wording. */
  proseSegment: 160,
  headings: 15,
  labels: 25,
  actions: 40,
  attributes: 40,
  uiText: 60,
  listItems: 40,
  imageHints: 40,
  upperImageHints: 15,
  /** Images in sign-in cards, and the hints kept of each. */
  cardImages: 6,
  cardImageHints: 6,
  markupIds: 60,
  /** Length of one element id or input name. */
  markupId: 40,
  ssoButtons: 8,
  forms: 8,
  addressBars: 8,
  /** Lines that may name a device code's app, and the length of each. */
  appLines: 4,
  appLine: 200,
  // The walk's own work, not sizes in the snapshot: each bounds a loop or a cache against hostile markup
  // (giant text nodes, deep nesting, thousands of coloured boxes).
  /** Raw characters kept per text buffer before normalizing: bounds the work on giant text nodes. */
  rawText: 2_000,
  /** Layout reads (getBoundingClientRect) that place text in the upper portion; later text counts as lower. */
  rectReads: 60,
  /** Text whose top is within this many CSS pixels of the document top is in the "upper portion". */
  upperPortionPx: 640,
  /** Image and logo hints kept per button or link. */
  controlHints: 8,
  /** Characters of an image URL read for its file name. */
  imageUrl: 600,
  /** Elements that hold logo colours gathered from their descendants. */
  colourElements: 2_000,
  /** Ancestors of a coloured shape on which the logo's colours gather. */
  colourLevels: 3,
  /** URLs read from one text segment as address-bar candidates. */
  urlsPerSegment: 3,
  /** Characters beside the URL that still make a segment read as an address bar. */
  addressBarSlack: 24,
  /** Ancestors searched for prose markup around a URL. */
  proseLevels: 6,
  /** Ancestors searched for the positioned box of a drawn window. */
  windowLevels: 12,
  /** Inputs checked in one container for a credential field. */
  credentialInputs: 50,
  /** Ancestors of an image searched for the box that also holds a credential field (a sign-in card). */
  cardLevels: 3,
  /** Elements, and characters of text other than white space, that box may hold and still be a card, not a page. */
  cardElements: 40,
  cardText: 400,
  /** Images checked for a place in a sign-in card. */
  cardChecks: 20,
  /** Ancestors searched for a credential field near a URL. */
  credentialLevels: 5,
  /** Ancestors of a panel checked for a hidden one, where the engine cannot say. */
  hiddenLevels: 32,
} as const;
