import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_INPUT_SELECTOR } from '../../../src/core/page/gate-selectors';
import { isIdentifierInput, isPasswordInput } from '../../../src/core/page/page-vocabulary';
import { domFrom } from '../page/fixture-dom';

// The gate passes over a page when this selector finds nothing, so it must find every field the word
// patterns accept. Values are built from those patterns' own words, in any case, among arbitrary text.
const WORDS = [
  'user',
  'User Name',
  'e-mail',
  'EMAIL',
  'mail',
  'login',
  'loginfmt',
  'account',
  'identifier',
  'upn',
  'signin',
  'sign_in',
  'Sign-in name',
  'sign in name',
  'logon',
  'phone',
  'skype',
  'webauthn',
  'username',
  'password',
  'PASSWORD',
  ' password ',
  'search',
  'query',
  'q',
  'text',
  'tel',
  'email',
  '',
];
const fragment = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
const value = fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join(''));
const ATTRIBUTES = ['type', 'name', 'id', 'placeholder', 'aria-label', 'autocomplete'] as const;
const attributes = fc.record(
  Object.fromEntries(ATTRIBUTES.map((name) => [name, fc.option(value, { nil: undefined })])) as Record<
    (typeof ATTRIBUTES)[number],
    fc.Arbitrary<string | undefined>
  >,
);

describe('CREDENTIAL_INPUT_SELECTOR', () => {
  const doc = domFrom('<title>x</title><form></form>').window.document;

  it('matches every input the gate and the snapshot call a password or a sign-in name', () => {
    let credentialSeen = 0;
    fc.assert(
      fc.property(attributes, (attrs) => {
        const input = doc.createElement('input');
        for (const name of ATTRIBUTES) {
          const given = attrs[name];
          // Attribute values must be valid for setAttribute; control characters are not what this is about.
          if (given !== undefined)
            input.setAttribute(
              name,
              Array.from(given)
                .filter((char) => char.charCodeAt(0) >= 0x20)
                .join(''),
            );
        }
        const credential = isPasswordInput(input) || isIdentifierInput(input);
        if (credential) credentialSeen += 1;
        return !credential || input.matches(CREDENTIAL_INPUT_SELECTOR);
      }),
      { numRuns: 20_000 },
    );
    // Not vacuous: plenty of the generated inputs were credential fields.
    expect(credentialSeen).toBeGreaterThan(2_000);
  });

  it('passes over the inputs of ordinary pages', () => {
    const plain = domFrom(
      '<form role="search"><input type="search" name="q" placeholder="Search the news"></form><input type="checkbox" id="remember"><input type="number" name="qty">',
    ).window.document;
    expect(plain.querySelector(CREDENTIAL_INPUT_SELECTOR)).toBeNull();
  });
});
