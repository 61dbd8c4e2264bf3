import { describe, expect, it } from 'vitest';
import { findDeviceCodeLure } from '../../../src/core/device-code/lure';
import { instructsCodeEntry } from '../../../src/core/device-code/instructions';
import { userCodesIn } from '../../../src/core/device-code/user-code';
import { pagePrintsDeviceLogin, readDeviceCodeCues, withDeviceCodeCues } from '../../../src/core/page/device-code-cues';
import { linksToDeviceLogin } from '../../../src/core/page/device-gate';
import { isDeviceCodePageUrl } from '../../../src/core/page/device-login-addresses';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import type { DeviceCodeCues } from '../../../src/core/page/snapshot-types';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { createEvaluationContext, evaluateFrame } from '../../../src/core/verdict/evaluate';
import { PageSnapshotSchema } from '../../../src/shared/snapshot-schema';
import * as v from 'valibot';
import { domFrom } from '../page/fixture-dom';
import { deviceCodeCases, deviceCodeHtml } from './fixtures';

const context = createEvaluationContext(PROVIDERS);

/** What the content script would report for a saved page at its URL, and the verdict the background gives it. */
function judge(file: string, href: string) {
  const doc = domFrom(deviceCodeHtml(file), href).window.document;
  const snapshot = withDeviceCodeCues(doc, takeSnapshot(doc), pagePrintsDeviceLogin(doc));
  return { doc, snapshot, verdict: evaluateFrame({ url: href, isTop: true, topUrl: href, snapshot }, context) };
}

describe('device-code pages, saved', () => {
  it.each(deviceCodeCases().map((entry) => [entry.file, entry.expect, entry] as const))(
    '%s → %s',
    (_file, _expect, entry) => {
      const href = `https://${entry.host}${entry.path}`;
      const { doc, snapshot, verdict } = judge(entry.file, href);
      // What the background accepts from a content script.
      expect(v.safeParse(PageSnapshotSchema, snapshot).success).toBe(true);
      // Genuine pages get the whole script, which knows them by URL; a lure must pass the gate by what it holds.
      if (entry.expect === 'genuine') expect(isDeviceCodePageUrl(href.toLowerCase())).toBe(true);
      // A lure is read for its link to the device-code page, or for the address it prints.
      if (entry.expect === 'lure') expect(linksToDeviceLogin(doc) || pagePrintsDeviceLogin(doc)).toBe(true);
      // Lures and quiet pages alike name a device-login address: quiet is the detector's judgement, not a missed read
      // (the product reads only pages that link to one; the judgement is held to the whole page here).
      if (entry.expect !== 'genuine') {
        const cues = readDeviceCodeCues(doc);
        expect(cues.addresses.length).toBeGreaterThan(0);
        expect(findDeviceCodeLure(cues, PROVIDERS) !== null).toBe(entry.expect === 'lure');
      }
      switch (entry.expect) {
        case 'genuine':
          expect(verdict.level).toBe('caution');
          expect(verdict.kind).toBe('device-code');
          break;
        case 'lure':
          expect(verdict.level).toBe('danger');
          expect(verdict.kind).toBe('device-code-lure');
          break;
        case 'quiet':
          expect(verdict.level).toBe('none');
          break;
      }
      if (entry.expect !== 'quiet') expect(verdict.providerId).toBe(entry.provider);
    },
  );

  // The same markup with its code or its address taken away is no lure: each of the three cues is needed.
  it.each(
    deviceCodeCases()
      .filter((entry) => entry.expect === 'lure')
      .map((entry) => entry.file),
  )('%s without its device-login address is quiet', (file) => {
    const html = deviceCodeHtml(file).replace(
      /(?:https?:\/\/)?(?:www\.)?(?:microsoft\.com\/(?:devicelogin|[a-z]{2}-[a-z]{2}\/link)|login\.microsoftonline\.com\/common\/oauth2\/deviceauth|github\.com\/login\/device)/g,
      'intranet.example/help',
    );
    const doc = domFrom(html, 'https://lure.example/').window.document;
    const cues = readDeviceCodeCues(doc);
    expect(findDeviceCodeLure(cues, PROVIDERS)).toBeNull();
  });
});

function cues(
  segments: readonly (readonly [string, boolean?])[],
  address = 'https://microsoft.com/devicelogin',
  addressQuoted = false,
): DeviceCodeCues {
  return {
    segments: segments.map(([text, quoted]) => ({ text, quoted: quoted ?? false, image: false })),
    addresses: [{ address, quoted: addressQuoted }],
  };
}

describe('findDeviceCodeLure', () => {
  it.each([
    [
      'code and instruction in one line',
      cues([['Go to microsoft.com/devicelogin and enter the code GKZAQ433Q to join.']]),
      'GKZAQ433Q',
    ],
    [
      'code a few lines below the instruction',
      cues([['To join, enter the meeting code:'], ['Meeting details'], ['FBT6ZJ7KA']]),
      'FBT6ZJ7KA',
    ],
    ['GitHub-style code', cues([['Your code: WDJB-MJHT']], 'github.com/login/device'), 'WDJB-MJHT'],
    ['code in boxes with spaces', cues([['Enter the code below'], ['H N 8 B Y K Q T W']]), 'HN8BYKQTW'],
    ['German lure', cues([['Geben Sie den Code ein: KQ3M7XT2P']]), 'KQ3M7XT2P'],
    [
      'the localized console address',
      cues([['Open www.microsoft.com/de-de/link and enter the code Q7RZKM4TW']], 'www.microsoft.com/de-de/link'),
      'Q7RZKM4TW',
    ],
  ])('%s', (_name, input, code) => {
    expect(findDeviceCodeLure(input, PROVIDERS)?.code).toBe(code);
  });

  it.each([
    [
      'the code only quoted',
      cues([['Enter the code shown in your terminal.'], ['enter the code F3QLVHUAS to authenticate', true]]),
    ],
    ['the address only quoted', cues([['Enter the code GKZAQ433Q']], 'https://microsoft.com/devicelogin', true)],
    ['no instruction to the reader', cues([['Build GKZAQ433Q passed on all agents.']])],
    ['instruction far from the code', cues([['Enter the code'], ['a'], ['b'], ['c'], ['d'], ['e'], ['GKZAQ433Q']])],
    [
      'an address that is not a device-login page',
      cues([['Enter the code GKZAQ433Q']], 'https://microsoft.com/en-us/devices'),
    ],
    ['a look-alike host', cues([['Enter the code GKZAQ433Q']], 'https://microsoft.com.evil.example/devicelogin')],
    [
      'the localized console address without an instruction',
      cues(
        [['Xbox sign-in lives at www.microsoft.com/en-us/link (ticket Q7RZKM4TW).']],
        'www.microsoft.com/en-us/link',
      ),
    ],
    ['a word in capitals, not a code', cues([['IMPORTANT: enter the code from your authenticator']])],
    ['a numeric meeting id', cues([['To join, use code 482 119 334']])],
    ['a lowercase commit hash', cues([['To verify, check out 3f2a9c1b']])],
  ])('quiet: %s', (_name, input) => {
    expect(findDeviceCodeLure(input, PROVIDERS)).toBeNull();
  });

  it('never throws on hostile cues', () => {
    const hostile = cues([['\u0000'.repeat(240)], ['🙂'.repeat(120)], ['-'.repeat(240)]], 'https://[::1/devicelogin');
    expect(findDeviceCodeLure(hostile, PROVIDERS)).toBeNull();
  });
});

describe('userCodesIn', () => {
  it.each([
    ['enter the code GKZAQ433Q to authenticate', ['GKZAQ433Q']],
    ['code: "WDJB-MJHT".', ['WDJB-MJHT']],
    ['ABC-DEF-GHI', ['ABC-DEF-GHI']],
    ['F B T 6 Z J 7 K A', ['FBT6ZJ7KA']],
    ['K X 7 M - 2 Q P L', ['KX7M-2QPL']],
    ['IMPORTANT MICROSOFT', []],
    ['1234567890', []],
    ['a1b2c3d4e5', []],
    ['ZOOM-CALL-NOW', []],
    ['', []],
  ])('%j → %j', (text, codes) => {
    expect(userCodesIn(text)).toEqual(codes);
  });
});

describe('instructsCodeEntry', () => {
  it.each([
    ['to join, enter the meeting code:', true],
    ['and enter your code lm3p9xq2t there.', true],
    ['the user enters the code on another device.', false],
    ['read the release notes', false],
  ])('%j → %s', (text, expected) => {
    expect(instructsCodeEntry(text)).toBe(expected);
  });
});

describe('readDeviceCodeCues on hostile markup', () => {
  it('stays bounded on a huge text node without white space, and on thousands of links', () => {
    const doc = domFrom('<p></p>').window.document;
    const paragraph = doc.querySelector('p');
    paragraph?.append('x'.repeat(2_000_000) + 'microsoft.com/devicelogin');
    for (let index = 0; index < 5_000; index += 1) {
      const link = doc.createElement('a');
      link.setAttribute('href', `https://microsoft.com/devicelogin?${index}`);
      doc.body.append(link);
    }
    const cues = readDeviceCodeCues(doc);
    expect(cues.addresses.length).toBeLessThanOrEqual(8);
    expect(cues.segments.every((segment) => segment.text.length <= 240)).toBe(true);
  });
});
