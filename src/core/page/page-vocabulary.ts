/**
 * What marks a form field as a sign-in field, and the wording of consent buttons: what the inspection gate reads
 * past the wake gate's reading (whose selectors are in `gate-selectors`). It builds nothing at load; the
 * snapshot's tag lists and patterns live in `markup-vocabulary`.
 */

const APPROVE_WORDING = /\b(?:accept|allow|authori[sz]e|approve|grant|consent)\b/;
const DENY_WORDING = /\b(?:deny|cancel|decline|reject|don't allow|do not allow|not now)\b/;
/** Every text either pattern matches holds one of these: most button texts are passed over on that alone. */
const APPROVE_STEMS: readonly string[] = ['accept', 'allow', 'authori', 'approve', 'grant', 'consent'];
const DENY_STEMS: readonly string[] = ['deny', 'cancel', 'decline', 'reject', 'allow', 'not now'];

const IDENTIFIER_NAME = /user|e-?mail|login|loginfmt|account|identifier|upn|signin|sign_in|logon/i;
const IDENTIFIER_HINT = /e-?mail|user ?name|phone|skype|sign-?in name|account|login/i;
const NOT_IDENTIFIER = /search|query|coupon|promo|zip|postal|subject|comment|message|newsletter/i;
const TEXT_LIKE_TYPES: ReadonlySet<string> = new Set(['', 'text', 'tel']);
/** Kept to the stem the gate's selector looks for (`gate-selectors`), so the two agree. */
const PASSWORD_NAMING = /passw/i;

/**
 * A plain substring test before a regular expression: on a page's first inspection each pattern's first two runs
 * compile it (bytecode, then machine code), about a tenth of a millisecond each, while most texts hold none of
 * the words.
 */
export function mentionsAny(text: string, stems: readonly string[]): boolean {
  for (const stem of stems) if (text.includes(stem)) return true;
  return false;
}

/** Button wording that gives consent: "Accept", "Allow access", "Authorize app". Expects lowercased text. */
export function isApproveWording(text: string): boolean {
  return mentionsAny(text, APPROVE_STEMS) && APPROVE_WORDING.test(text);
}

/** Button wording that refuses: "Cancel", "Don't allow", "Not now". Expects lowercased text. */
export function isDenyWording(text: string): boolean {
  return mentionsAny(text, DENY_STEMS) && DENY_WORDING.test(text);
}

/** Input type as the browser sees it: lowercased, `text` when missing or unknown to us. */
export function inputType(input: Element): string {
  return (input.getAttribute('type') ?? 'text').trim().toLowerCase();
}

/**
 * A password field: `type=password`, or a text box named or labelled as one. Kits use the latter so that
 * tools watching password inputs (browsers' own warnings, password-reuse alerts) never see the field.
 */
export function isPasswordInput(input: Element): boolean {
  const type = inputType(input);
  if (type === 'password') return true;
  if (!TEXT_LIKE_TYPES.has(type)) return false;
  const naming = `${input.getAttribute('name') ?? ''} ${input.getAttribute('placeholder') ?? ''}`;
  return PASSWORD_NAMING.test(naming.slice(0, 400));
}

/** An input that takes a sign-in name: email type, or a text box named/labelled as a username or email. */
export function isIdentifierInput(input: Element): boolean {
  const type = inputType(input);
  if (type === 'email') return true;
  if (!TEXT_LIKE_TYPES.has(type)) return false;
  const autocomplete = input.getAttribute('autocomplete') ?? '';
  if (/\b(?:username|email|webauthn)\b/i.test(autocomplete)) return true;
  const naming = `${input.getAttribute('name') ?? ''} ${input.getAttribute('id') ?? ''}`.slice(0, 200);
  const hint = `${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('aria-label') ?? ''}`.slice(0, 200);
  if (NOT_IDENTIFIER.test(naming) || NOT_IDENTIFIER.test(hint)) return false;
  return IDENTIFIER_NAME.test(naming) || IDENTIFIER_HINT.test(hint);
}
