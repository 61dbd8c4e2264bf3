import { normalizeText } from './normalize-text';
import { CREDENTIAL_INPUT_SELECTOR, POST_FORM_SELECTOR } from './gate-selectors';

/**
 * Words that make a page with a username/email field worth a full look. Sign-in wording plus the names
 * of the protected providers; the content script may pass names derived from the provider registry.
 */
export const DEFAULT_GATE_KEYWORDS: readonly string[] = [
  'sign in',
  'sign-in',
  'signin',
  'log in',
  'login',
  'log on',
  'logon',
  'authorize',
  'authorise',
  'consent',
  'permissions',
  'password',
  'verify',
  'account',
  'microsoft',
  'azure',
  'devops',
  'visual studio',
  'office',
  'outlook',
  'entra',
  'onedrive',
  'sharepoint',
  'github',
  'google',
];

export const GATE_SAMPLE_LENGTH = 300;

const APPROVAL_PATH = /\/(?:oauth2?|connect)\/(?:v2\.0\/)?(?:authori[sz]e|consent)/i;

/** What the wake gate read on a page it lets through; the inspection gate starts from it. */
export interface WakeSignals {
  /** The URL is an OAuth authorize/consent endpoint: the page is inspected whatever else it holds. */
  readonly approvalUrl: boolean;
  /** The title speaks of signing in, authorizing or a provider. */
  readonly titled: boolean;
  /** Titled, or a form on the page POSTs its answer: a consent page is plausible. */
  readonly consentPlausible: boolean;
}

/**
 * The wake gate's reading, on every page: strings (URL, title) and at most two selector queries. No element is
 * read: the first element a content script's world sees makes the browser build that world's DOM prototypes,
 * which costs more than everything else here. `undefined` means the page has nothing the inspection gate could
 * say yes to. The idle script is compiled whole on every page, so each line here costs every page.
 */
export function wakeSignals(doc: Document, keywords: readonly string[]): WakeSignals | undefined {
  const url = doc.URL.toLowerCase();
  // Most URLs have neither word anywhere; the path is not even parsed for them.
  if ((url.includes('oauth') || url.includes('connect')) && isApprovalPath(url))
    return { approvalUrl: true, titled: false, consentPlausible: false };
  const title = normalizeText(doc.title, GATE_SAMPLE_LENGTH);
  let titled = false;
  for (let index = 0; index < keywords.length && !titled; index += 1) titled = title.includes(keywords[index] ?? '');
  // Two queries: one selector list would walk a large document several times slower.
  const consentPlausible = titled || doc.querySelector(POST_FORM_SELECTOR) !== null;
  if (!consentPlausible && doc.querySelector(CREDENTIAL_INPUT_SELECTOR) === null) return undefined;
  return { approvalUrl: false, titled, consentPlausible };
}

/**
 * The wake gate, the idle script's: could the inspection gate (`shouldInspect`) say yes here, so that the wake
 * module is worth loading? It may say yes where the inspection gate says no (a comment form POSTs too), never the
 * other way round; the inspection gate then decides.
 */
export function shouldWake(doc: Document): boolean {
  try {
    return wakeSignals(doc, DEFAULT_GATE_KEYWORDS) !== undefined;
  } catch {
    // A page that breaks our reads is odd enough to look at properly.
    return true;
  }
}

/**
 * The path of an OAuth authorize/consent endpoint, read from the lowercased URL string (no URL object, no Location).
 */
function isApprovalPath(lower: string): boolean {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/.exec(lower)?.[1] ?? '';
  return APPROVAL_PATH.test(path);
}
