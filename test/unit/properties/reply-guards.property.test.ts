import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isReportReply, isToContentMessage } from '../../../src/content/reply-guards';
import { ReportReplySchema, ToContentMessageSchema } from '../../../src/shared/to-content';

// The content script checks the background's messages by hand (see reply-guards.ts); the valibot schemas
// remain the protocol. Both must give the same answer on everything: valid messages, near misses, garbage.

const text = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.string({ maxLength: 8 }) },
    fc.string({ minLength: max - 2, maxLength: max + 2 }),
  );
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined | null | number> =>
  fc.oneof({ weight: 30, arbitrary }, fc.constant(undefined), fc.constant(null), fc.integer());
const withExtras = (record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      record,
      fc.nat(9).map((roll) => roll === 0),
    )
    .map(([value, extra]) => {
      const out = Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined || extra));
      return extra ? { ...out, extra: 1 } : out;
    });

const HEX_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const hex = (length: number): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 10,
      arbitrary: fc.string({ unit: fc.constantFrom(...HEX_DIGITS), minLength: length, maxLength: length }),
    },
    fc.string({ unit: fc.constantFrom(...HEX_DIGITS, 'G'), minLength: length - 1, maxLength: length + 1 }),
  );
const enrollment = withExtras(
  fc.record({
    salt: maybe(hex(32)),
    fingerprint: maybe(hex(10)),
    length: fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 6, max: 130 }) }, fc.double(), fc.constant('9')),
  }),
);
const passwordAlert = fc.oneof(
  withExtras(fc.record({ watch: maybe(enrollment) })),
  withExtras(fc.record({ enroll: fc.oneof(fc.constant(true), fc.boolean(), fc.constant(1)) })),
);
const warning = withExtras(
  fc.record({
    headline: maybe(text(400)),
    reasons: fc.oneof(
      { weight: 10, arbitrary: fc.array(text(400), { maxLength: 3 }) },
      fc.array(fc.string({ maxLength: 3 }), { minLength: 11, maxLength: 14 }),
      fc.constant('reason'),
      fc.array(fc.integer(), { maxLength: 2 }),
    ),
    realOrigin: maybe(text(200)),
    continueAllowed: fc.oneof({ weight: 10, arbitrary: fc.boolean() }, fc.constant('yes')),
  }),
);
const items = fc.oneof(
  { weight: 10, arbitrary: fc.array(text(400), { maxLength: 3 }) },
  fc.array(fc.string({ maxLength: 3 }), { minLength: 11, maxLength: 14 }),
  fc.constant('item'),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const consentHold = withExtras(
  fc.record({
    mode: fc.oneof({ weight: 10, arbitrary: fc.constantFrom('confirm', 'block') }, fc.constantFrom('warn', '')),
    headline: maybe(text(400)),
    appName: maybe(text(200)),
    gets: items,
    where: maybe(text(200)),
    reasons: items,
  }),
);
const reply = withExtras(
  fc.record({
    warning: maybe(warning),
    verifiedApproval: fc.option(fc.oneof(fc.boolean(), fc.constant(0)), { nil: undefined }),
    passwordAlert: fc.option(passwordAlert, { nil: undefined }),
    consentHold: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, consentHold),
  }),
);
const message = withExtras(
  fc.record({
    type: fc.oneof({ weight: 10, arbitrary: fc.constant('show-warning') }, fc.constantFrom('show-warnings', '')),
    warning: maybe(warning),
  }),
);

/** Puts the guard and the schema to the same values (generated near misses and anything else); how many the schema accepted. */
function agreeing(values: fc.Arbitrary<unknown>, guard: (value: unknown) => boolean, schema: v.GenericSchema): number {
  let accepted = 0;
  fc.assert(
    fc.property(fc.oneof({ weight: 8, arbitrary: values }, fc.anything()), (value) => {
      const expected = v.is(schema, value);
      if (expected) accepted += 1;
      return guard(value) === expected;
    }),
    { numRuns: 20_000 },
  );
  return accepted;
}

describe('the content script’s message checks agree with the protocol schemas', () => {
  it('on report replies, near misses and anything else', () => {
    expect(agreeing(reply, isReportReply, ReportReplySchema)).toBeGreaterThan(1_000);
  });

  it('on warnings sent to the top frame', () => {
    expect(agreeing(message, isToContentMessage, ToContentMessageSchema)).toBeGreaterThan(500);
  });
});
