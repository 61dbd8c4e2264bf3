import { describe, expect, it } from 'vitest';
import { describeRequest } from '../../../src/core/approval/request';
import { providerById } from '../../../src/core/providers/registry';
import { inEnglish } from '../support/i18n';

const ado = providerById('azure-devops');
if (!ado) throw new Error('Azure DevOps provider missing');

const params = (query: string) => new URLSearchParams(query);

describe('describeRequest (Azure DevOps)', () => {
  it('explains a well-formed request in plain words', () => {
    const request = describeRequest(
      params(
        'client_id=7C1B4A4F&response_type=Assertion&state=xyz&scope=vso.code_full%20vso.work&redirect_uri=https://app.example.com/callback',
      ),
      ado,
    );
    expect(request.clientId).toBe('7C1B4A4F');
    expect(request.redirect).toEqual({
      raw: 'https://app.example.com/callback',
      host: 'app.example.com',
      https: true,
      loopback: false,
    });
    expect(request.statePresent).toBe(true);
    expect(request.scopes.map((s) => [s.id, s.title, s.highPrivilege])).toEqual([
      ['vso.code_full', 'Code (full)', true],
      ['vso.work', 'Work items (read)', false],
    ]);
    expect(request.problems).toEqual([]);
  });

  it.each([
    ['', ['no client_id', 'no response_type', 'no scope', 'no redirect_uri', 'no state']],
    [
      'client_id=a&client_id=b&response_type=Assertion&scope=vso.work&redirect_uri=https://x.example/&state=1',
      ['appears 2 times'],
    ],
    ['client_id=a&response_type=code&scope=vso.work&redirect_uri=https://x.example/&state=1', ['response_type "code"']],
    [
      'client_id=a&response_type=Assertion&scope=vso.work&redirect_uri=http://x.example/&state=1',
      ['does not use HTTPS'],
    ],
    [
      'client_id=a&response_type=Assertion&scope=vso.work&redirect_uri=javascript:alert(1)&state=1',
      ['not a valid web address'],
    ],
    ['client_id=a&response_type=Assertion&scope=vso.work&redirect_uri=%%%&state=1', ['not a valid web address']],
    [
      `client_id=${'a'.repeat(5000)}&response_type=Assertion&scope=vso.work&redirect_uri=https://x.example/&state=1`,
      ['unusually long'],
    ],
    [
      `client_id=a&response_type=Assertion&scope=${Array.from({ length: 150 }, (_, i) => `s${i}`).join('+')}&redirect_uri=https://x.example/&state=1`,
      ['150 scopes'],
    ],
  ])('reports problems in %j', (query, expected) => {
    const request = describeRequest(params(query), ado);
    for (const fragment of expected) expect(request.problems.map(inEnglish).join('\n')).toContain(fragment);
  });

  it('marks unknown scopes and keeps high-privilege patterns', () => {
    const request = describeRequest(params('scope=vso.mystery_manage+<b>x</b>'), ado);
    expect(request.scopes[0]).toMatchObject({ id: 'vso.mystery_manage', known: false, highPrivilege: true });
    expect(request.scopes[1]).toMatchObject({ id: '<b>x</b>', known: false, highPrivilege: false });
  });

  it('does not treat inherited object keys as scopes', () => {
    const request = describeRequest(params('scope=constructor+__proto__+toString'), ado);
    expect(request.scopes.every((scope) => !scope.known)).toBe(true);
  });

  it('caps the displayed length of a huge scope id', () => {
    const request = describeRequest(params(`scope=${'x'.repeat(1000)}`), ado);
    expect(request.scopes[0]?.id.length).toBeLessThanOrEqual(121);
  });
});
