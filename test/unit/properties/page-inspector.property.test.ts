import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { shouldWake } from '../../../src/core/page/wake-gate';
import { shouldInspect } from '../../../src/core/page/inspection-gate';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { PageSnapshotSchema } from '../../../src/shared/snapshot-schema';
import { domFrom } from '../page/fixture-dom';

const tag = fc.constantFrom(
  'div',
  'span',
  'form',
  'input',
  'button',
  'a',
  'img',
  'svg',
  'li',
  'ul',
  'h1',
  'p',
  'iframe',
  'template',
  'dialog',
  'x-widget',
  'label',
  'header',
  'style',
  'script',
);
const attribute = fc
  .tuple(
    fc.constantFrom(
      'type',
      'class',
      'id',
      'style',
      'hidden',
      'aria-hidden',
      'action',
      'formaction',
      'value',
      'alt',
      'src',
      'placeholder',
      '__proto__',
      'constructor',
      'on\u0000x',
    ),
    fc.oneof(
      fc.constantFrom(
        'password',
        'email',
        'display:none',
        'https://login.microsoftonline.com/x',
        'javascript:0',
        'Microsoft',
        '#f25022',
      ),
      fc.string({ maxLength: 40 }),
    ),
  )
  .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`);
const text = fc.oneof(
  fc.constantFrom('Sign in', 'Azure DevOps', 'Mi\u200bcrosoft', 'Accept', 'Deny', 'Password', '<', '&amp;', ''),
  fc.string({ maxLength: 30, unit: 'binary' }),
);
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(tag, fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(
        ([name, attrs, children, close]) =>
          `<${name} ${attrs.join(' ')}>${children.join('')}${close ? `</${name}>` : ''}`,
      ),
  ),
})).node;

describe('page inspector, property-based', () => {
  it('never throws on random or malformed markup, and its snapshot always passes the message schema', () => {
    fc.assert(
      fc.property(
        fc.array(markup, { maxLength: 6 }),
        fc.constantFrom('https://a.example/', 'http://b.example/x?y', 'https://xn--80ak6aa92e.com/'),
        (parts, url) => {
          const doc = domFrom(`<!doctype html><title>${parts[0] ?? ''}</title>${parts.join('')}`, url).window.document;
          shouldInspect(doc);
          const snapshot = takeSnapshot(doc);
          const checked = v.safeParse(PageSnapshotSchema, snapshot);
          expect(checked.success, JSON.stringify(checked.issues?.[0]?.path)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('the wake gate says yes wherever the inspection gate does', () => {
    const url = fc.constantFrom(
      'https://a.example/',
      'https://b.example/oauth2/authorize?x=1',
      'https://c.example/Connect/Consent',
      'http://d.example/oauth/x',
    );
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 6 }), url, (parts, at) => {
        const doc = domFrom(`<!doctype html><title>${parts[0] ?? ''}</title>${parts.join('')}`, at).window.document;
        if (shouldInspect(doc)) expect(shouldWake(doc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
