import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { createEvaluationContext, evaluateFrame, type FrameInput } from '../../../src/core/verdict/evaluate';
import { domFrom, PAGES_DIR } from '../page/fixture-dom';
import { inEnglish } from '../support/i18n';

const context = createEvaluationContext(PROVIDERS);
const QUERY =
  '?client_id=ABC&response_type=Assertion&state=s1&scope=vso.code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb';
const GENUINE = `https://app.vssps.visualstudio.com/oauth2/authorize${QUERY}`;
const approvalHtml = readFileSync(join(PAGES_DIR, 'approval/ado-authorize.html'), 'utf8');

function frame(url: string, html: string | null, extra: Partial<FrameInput> = {}): FrameInput {
  return {
    url,
    isTop: true,
    topUrl: url,
    snapshot: html === null ? null : takeSnapshot(domFrom(html, url).window.document),
    ...extra,
  };
}

describe('evaluateFrame on approval pages', () => {
  it('verifies the genuine page with every check passing', () => {
    const verdict = evaluateFrame(frame(GENUINE, approvalHtml), context);
    expect(verdict.level).toBe('ok');
    expect(verdict.checks.map((check) => [check.id, check.status])).toEqual([
      ['origin', 'pass'],
      ['https', 'pass'],
      ['branding', 'pass'],
      ['framing', 'pass'],
      ['form-target', 'pass'],
      ['request', 'pass'],
    ]);
  });

  it.each([
    ['http://app.vssps.visualstudio.com/oauth2/authorize', 'HTTP'],
    ['https://app.vssps.visualstudio.com:8443/oauth2/authorize', 'port 8443'],
    ['https://user@app.vssps.visualstudio.com/oauth2/authorize', 'user name'],
  ])('is danger at %s', (base, reasonFragment) => {
    const verdict = evaluateFrame(frame(base + QUERY, approvalHtml), context);
    expect(verdict.level).toBe('danger');
    expect(verdict.realOrigin).toBe('https://app.vssps.visualstudio.com');
    expect(verdict.reasons.map(inEnglish).join(' ')).toContain(reasonFragment);
  });

  it('is danger when framed by another origin, and fine when framed by its own', () => {
    const framed = evaluateFrame(
      frame(GENUINE, approvalHtml, { isTop: false, topUrl: 'https://bait.example/' }),
      context,
    );
    expect(framed.level).toBe('danger');
    expect(framed.reasons.map(inEnglish).join(' ')).toContain('bait.example');
    const unknownTop = evaluateFrame(frame(GENUINE, approvalHtml, { isTop: false, topUrl: null }), context);
    expect(unknownTop.level).toBe('danger');
    const own = evaluateFrame(
      frame(GENUINE, approvalHtml, { isTop: false, topUrl: 'https://app.vssps.visualstudio.com/x' }),
      context,
    );
    expect(own.level).toBe('ok');
  });

  it('is danger when the approval form posts somewhere else', () => {
    const html = approvalHtml.replace(/<form([^>]*)action="[^"]*"/, '<form$1action="https://collector.example/grab"');
    expect(html).not.toBe(approvalHtml);
    const verdict = evaluateFrame(frame(GENUINE, html), context);
    expect(verdict.level).toBe('danger');
    const formTarget = verdict.checks.find((check) => check.id === 'form-target');
    expect(formTarget && inEnglish(formTarget.reason)).toContain('collector.example');
  });

  it('is caution, not OK, without branding or without a snapshot', () => {
    const unbranded = readFileSync(join(PAGES_DIR, 'approval/ado-authorize-unbranded.html'), 'utf8');
    expect(evaluateFrame(frame(GENUINE, unbranded), context).level).toBe('caution');
    expect(evaluateFrame(frame(GENUINE, null), context).level).toBe('caution');
  });

  it('is caution when the request itself is flawed (no state)', () => {
    const verdict = evaluateFrame(frame(GENUINE.replace('state=s1&', ''), approvalHtml), context);
    expect(verdict.level).toBe('caution');
    expect(verdict.reasons.map(inEnglish).join(' ')).toContain('The request has no state parameter');
  });
});

describe('evaluateFrame elsewhere', () => {
  it.each([
    [
      'https://login.microsoftonline.com/common/login',
      'ms-signin clone on the real sign-in origin',
      'phishing/ms-signin-clone.html',
    ],
    ['https://example.com/', 'an ordinary page', null],
    ['https://learn.microsoft.com/azure/devops', 'docs on a Microsoft domain', 'legit/docs-ado-oauth.html'],
  ])('stays quiet at %s (%s)', (url, _label, file) => {
    const html = file === null ? null : readFileSync(join(PAGES_DIR, file), 'utf8');
    expect(evaluateFrame(frame(url, html), context).level).toBe('none');
  });

  it.each([
    ['https://login-microsoftonline-com.net/', 'danger'],
    ['https://xn--mcrosoft-thh.com/', 'danger'],
    ['https://microsoft-login.com/', 'caution'],
  ])('judges the bare lookalike host %s as %s', (url, level) => {
    const verdict = evaluateFrame(frame(url, null), context);
    expect(verdict.level).toBe(level);
    expect(verdict.kind).toBe('lookalike');
  });

  it.each([
    '',
    'garbage',
    'javascript:alert(1)',
    'chrome://settings',
    'about:blank',
    'https://%',
    `https://${'a.'.repeat(200)}com/`,
  ])('never throws and says nothing for %j', (url) => {
    expect(evaluateFrame({ url, isTop: true, topUrl: null, snapshot: null }, context).level).toBe('none');
  });
});
