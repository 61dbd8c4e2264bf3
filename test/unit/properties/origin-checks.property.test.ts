import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import type { PageSnapshot } from '../../../src/core/page/snapshot-types';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { domFrom, PAGES_DIR } from '../page/fixture-dom';
import { parsePageUrl } from '../../../src/core/url/page-url';
import { createEvaluationContext, evaluateFrame } from '../../../src/core/verdict/evaluate';

const context = createEvaluationContext(PROVIDERS);
const registeredOrigins = new Set(
  PROVIDERS.flatMap((provider) => provider.approvalEndpoints.map((endpoint) => endpoint.origin)),
);
const NUM_RUNS = 100_000;
// A branded approval page reduced to its branding: with it the URL alone decides whether OK is possible,
// and each of the 100,000 evaluations stays cheap.
const full = takeSnapshot(
  domFrom(
    readFileSync(join(PAGES_DIR, 'approval/ado-authorize.html'), 'utf8'),
    'https://app.vssps.visualstudio.com/oauth2/authorize',
  ).window.document,
);
const branded: PageSnapshot = {
  ...full,
  upperText: full.upperText.slice(0, 80),
  labels: [],
  attributes: [],
  uiText: full.uiText.slice(0, 3),
  consent: { ...full.consent, listItems: full.consent.listItems.slice(0, 2) },
  imageHints: full.upperImageHints,
};
const GENUINE =
  'https://app.vssps.visualstudio.com/oauth2/authorize?client_id=x&response_type=Assertion&state=s&scope=vso.code&redirect_uri=https%3A%2F%2Fa.example%2F';

const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const trickyHost = fc.oneof(
  fc.constantFrom(...[...registeredOrigins].map((origin) => new URL(origin).hostname)),
  fc.constantFrom(
    'evil.net',
    'example.com',
    '127.0.0.1',
    '[::1]',
    'xn--80ak6aa92e.com',
    'аpp.vssps.visualstudio.com',
    'localhost',
  ),
  fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.')),
);
const decoratedHost = fc
  .tuple(
    trickyHost,
    fc.constantFrom('', '.', '.evil.net', '.com', '%2eevil.net', '\u3002evil.net'),
    fc.constantFrom('', 'A', 'UPPER'),
  )
  .map(([host, suffix, casing]) => (casing === '' ? host + suffix : (host + suffix).toUpperCase()));
const urlLike = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'https://',
        'http://',
        'HTTPS://',
        'ftp://',
        'javascript:',
        'data:text/html,',
        'blob:https://',
        'wss://',
        '',
      ),
      fc.constantFrom('', 'user@', 'user:pass@', 'app.vssps.visualstudio.com@'),
      decoratedHost,
      fc.constantFrom('', ':443', ':80', ':8443', ':0', ':65536', ':abc'),
      fc.constantFrom(
        '/oauth2/authorize',
        '/',
        '/oauth2/authorize/',
        '/OAUTH2/AUTHORIZE',
        '/common/oauth2/v2.0/authorize',
        '/login/oauth/authorize',
        '',
      ),
      fc.constantFrom(
        '',
        '?client_id=x&response_type=Assertion&state=s&scope=vso.code&redirect_uri=https%3A%2F%2Fa.example%2F',
        '?app.vssps.visualstudio.com',
        '#app.vssps.visualstudio.com',
      ),
    )
    .map((parts) => parts.join('')),
  // One edit away from the genuine URL: where mistakes in the origin comparison would show.
  fc
    .tuple(fc.nat({ max: GENUINE.length }), fc.nat({ max: 2 }), fc.string({ maxLength: 3 }))
    .map(([at, cut, insert]) => GENUINE.slice(0, at) + insert + GENUINE.slice(at + cut)),
  fc.string({ maxLength: 200 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

describe('origin checks, property-based', () => {
  it(`never throw and never say OK outside a registered origin (${NUM_RUNS.toLocaleString('en')} inputs)`, () => {
    let oks = 0;
    fc.assert(
      fc.property(urlLike, fc.boolean(), (url, isTop) => {
        const verdict = evaluateFrame(
          { url, isTop, topUrl: isTop ? url : 'https://framer.example/', snapshot: branded },
          context,
        );
        if (verdict.level === 'ok') {
          oks += 1;
          const parsed = parsePageUrl(url);
          expect(parsed).not.toBeNull();
          expect(parsed?.hasUserinfo).toBe(false);
          expect(registeredOrigins.has(parsed?.origin ?? '')).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
    // The generator does reach genuine approval URLs, so the property is not vacuous.
    expect(oks).toBeGreaterThan(100);
  }, 180_000);

  it('parsePageUrl never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500, unit: 'binary' }), (input) => {
        parsePageUrl(input);
      }),
      { numRuns: 20_000 },
    );
  });
});
