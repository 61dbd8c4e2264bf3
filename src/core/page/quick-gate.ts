import { documentRoot } from './dom-access';
import { normalizeText } from './normalize-text';
import { DEFAULT_GATE_KEYWORDS, GATE_SAMPLE_LENGTH as SAMPLE_LENGTH, gateHead } from './gate-head';
import { inputType, isApproveWording, isDenyWording, isIdentifierInput, mentionsAny } from './page-vocabulary';

/** Bounds on what the gate may touch: it runs on every page and every DOM change. */
const MAX_SHADOW_SCAN = 2_000;
const MAX_INPUTS = 200;
const MAX_BUTTONS = 30;

const BUTTON_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button']);

interface InputScan {
  password: boolean;
  identifier: boolean;
  /** Text of submit/button inputs, for the approval-structure check. */
  buttonTexts: string[];
}

/**
 * Cheap early exit: is this page possibly a sign-in or consent page? On an ordinary page it touches no
 * element at all: the first element a content script's world sees makes the browser build that world's DOM
 * prototypes, which costs more than everything else here. So strings (URL, title) and two selector queries
 * decide first; only where a candidate field or form exists are elements read (attributes, bounded
 * textContent; no layout, no computed style, no full text walk). Two-step flows become true when their
 * password step or branded email step appears (the content script re-runs the gate on DOM changes).
 */
export function needsInspection(doc: Document, keywords: readonly string[] = DEFAULT_GATE_KEYWORDS): boolean {
  try {
    const head = gateHead(doc, keywords);
    if (!head) return false;
    if (head.approvalUrl) return true;
    const { titled, consentPlausible } = head;
    const page = scanInputs(doc);
    if (page.password) return true;
    if (consentPlausible && hasApprovalButtons(doc, page.buttonTexts)) return true;
    if (page.identifier) return mentionsKeyword(doc, keywords);
    // Walking for open shadow roots costs milliseconds on large pages, so only pages whose title speaks of
    // signing in or of a provider pay it. A credential field in a shadow root of any other page is still
    // inspected: the content script checks again when such a field gets focus, before anything is typed.
    if (!titled) return false;
    return openShadowRoots(doc)
      .map(scanInputs)
      .some((scan) => scan.password || scan.identifier);
  } catch {
    // A page that breaks our reads is odd enough to look at properly.
    return true;
  }
}

function scanInputs(root: Document | ShadowRoot): InputScan {
  const scan: InputScan = { password: false, identifier: false, buttonTexts: [] };
  // Live collections are cheap everywhere; selector queries over a whole large document are not in every engine.
  const inputs = 'getElementsByTagName' in root ? root.getElementsByTagName('input') : root.querySelectorAll('input');
  const count = Math.min(inputs.length, MAX_INPUTS);
  for (let index = 0; index < count; index += 1) {
    const input = inputs[index];
    if (!input) continue;
    const type = inputType(input);
    if (type === 'password') {
      scan.password = true;
      return scan;
    }
    if (BUTTON_INPUT_TYPES.has(type)) scan.buttonTexts.push(input.getAttribute('value') ?? '');
    else if (!scan.identifier && isIdentifierInput(input)) scan.identifier = true;
  }
  return scan;
}

/**
 * Open shadow roots among the first elements of the body, in document order (nested roots are not
 * followed). A sibling walk: indexing a live `*` collection makes some engines list the whole document.
 */
function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element: Element | null = documentRoot(doc);
  for (let seen = 0; element && seen < MAX_SHADOW_SCAN; seen += 1) {
    if (element.shadowRoot) roots.push(element.shadowRoot);
    element = nextElement(element);
  }
  return roots;
}

function nextElement(element: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
}

/** An approve-worded and a deny-worded button together: the shape of a consent page. */
function hasApprovalButtons(doc: Document, inputTexts: readonly string[]): boolean {
  const texts = [...inputTexts];
  const buttons = doc.getElementsByTagName('button');
  for (let index = 0; index < buttons.length && index < MAX_BUTTONS; index += 1) {
    texts.push(buttons.item(index)?.textContent.slice(0, SAMPLE_LENGTH) ?? '');
  }
  let approve = false;
  let deny = false;
  for (const raw of texts) {
    const text = normalizeText(raw, 60);
    approve ||= isApproveWording(text);
    deny ||= isDenyWording(text);
  }
  return approve && deny;
}

/** Title, site-name metadata, the first heading and the first images' alt text. */
function mentionsKeyword(doc: Document, keywords: readonly string[]): boolean {
  const parts = [doc.title];
  for (const selector of ['meta[property="og:site_name" i]', 'meta[name="application-name" i]', 'meta[property="og:title" i]']) {
    parts.push(doc.querySelector(selector)?.getAttribute('content') ?? '');
  }
  for (const tag of ['h1', 'h2']) parts.push(doc.getElementsByTagName(tag).item(0)?.textContent.slice(0, SAMPLE_LENGTH) ?? '');
  const images = doc.images;
  for (let index = 0; index < images.length && index < 5; index += 1) {
    parts.push(images[index]?.getAttribute('alt') ?? '', images[index]?.getAttribute('src')?.slice(0, SAMPLE_LENGTH) ?? '');
  }
  if (mentionsAny(normalizeText(parts.join(' '), SAMPLE_LENGTH * 4), keywords)) return true;
  // The four-squares logo drawn inline is branding even without words.
  return doc.querySelector('[fill="#f25022" i], [style*="f25022" i]') !== null;
}
