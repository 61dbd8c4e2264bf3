/**
 * A CSS selector matching at least every input `inputType` calls a password or `isIdentifierInput` accepts
 * (it may match more): lets a page with none of them be passed over without reading a single element.
 * The same words as the patterns in `page-vocabulary`; a property test holds the two together. Written out
 * rather than built from word lists: this module is evaluated on every page, and building it cost more than
 * using it.
 */
// One compound selector (`input:is(…)`), not a list of them: Blink walks a large document several times faster.
export const CREDENTIAL_INPUT_SELECTOR =
  'input:is(' +
  '[type*="password" i], [type*="mail" i], [autocomplete*="user" i], [autocomplete*="mail" i], ' +
  '[autocomplete*="webauthn" i], ' +
  '[name*="user" i], [name*="mail" i], [name*="login" i], [name*="account" i], [name*="identifier" i], ' +
  '[name*="upn" i], ' +
  '[name*="sign" i], [name*="logon" i], ' +
  '[id*="user" i], [id*="mail" i], [id*="login" i], [id*="account" i], [id*="identifier" i], [id*="upn" i], ' +
  '[id*="sign" i], ' +
  '[id*="logon" i], ' +
  '[placeholder*="mail" i], [placeholder*="user" i], [placeholder*="phone" i], [placeholder*="skype" i], ' +
  '[placeholder*="sign" i], ' +
  '[placeholder*="account" i], [placeholder*="login" i], ' +
  '[name*="passw" i], [placeholder*="passw" i], ' +
  '[aria-label*="mail" i], [aria-label*="user" i], [aria-label*="phone" i], [aria-label*="skype" i], ' +
  '[aria-label*="sign" i], ' +
  '[aria-label*="account" i], [aria-label*="login" i])';

/** A form that POSTs: an answer to a consent prompt always is. */
export const POST_FORM_SELECTOR = 'form[method="post" i]';
