import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRequest } from '../../../src/core/approval/request';
import { providerById } from '../../../src/core/providers/registry';
import { NO_VERDICT, type Verdict } from '../../../src/core/verdict/types';
import { VerdictPanel } from '../../../src/popup/VerdictPanel';
import { TAB_STATE_VERSION, type TabState } from '../../../src/shared/tab-state';
import { phrase } from '../../../src/core/text/phrase';
import { evaluateFrame } from '../../../src/core/verdict/evaluate';
import { ADO, BRANDED, context, query, request } from '../risk/support';

const ado = providerById('azure-devops');
if (!ado) throw new Error('Azure DevOps provider missing');

function stateWith(verdict: Verdict): TabState {
  return {
    v: TAB_STATE_VERSION,
    url: 'https://app.vssps.visualstudio.com/oauth2/authorize',
    verdict,
    frames: {},
    continued: false,
    updatedAt: 0,
  };
}

function mount(state: TabState | null): HTMLElement {
  const root = document.createElement('main');
  document.body.append(root);
  render(<VerdictPanel state={state} />, root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('VerdictPanel', () => {
  it('says there is nothing to check on ordinary pages', () => {
    expect(mount(null).textContent).toContain('not an authorization page');
    expect(mount(stateWith(NO_VERDICT)).textContent).toContain('not an authorization page');
  });

  it('lists every check and the request in plain words, marking high-privilege scopes', () => {
    const request = describeRequest(
      new URLSearchParams(
        'client_id=ABC&response_type=Assertion&state=s&scope=vso.code_full vso.work&redirect_uri=https://app.example.com/cb',
      ),
      ado,
    );
    const root = mount(
      stateWith({
        ...NO_VERDICT,
        level: 'ok',
        kind: 'approval',
        providerId: 'azure-devops',
        providerName: 'Azure DevOps',
        headline: phrase('verdict_approvalVerified', 'Azure DevOps'),
        checks: [
          {
            id: 'origin',
            status: 'pass',
            reason: phrase('check_originPass', 'https://app.vssps.visualstudio.com', 'Azure DevOps'),
          },
          { id: 'https', status: 'pass', reason: phrase('check_httpsPass') },
          { id: 'branding', status: 'pass', reason: phrase('check_brandingPass', 'Azure DevOps') },
          { id: 'framing', status: 'pass', reason: phrase('check_framingPass') },
        ],
        request,
      }),
    );
    expect([...root.querySelectorAll('[data-check]')].map((node) => node.getAttribute('data-check'))).toEqual([
      'origin',
      'https',
      'branding',
      'framing',
    ]);
    const high = root.querySelector('[data-scope="vso.code_full"]');
    expect(high?.classList.contains('high')).toBe(true);
    expect(high?.textContent).toContain('Code (full)');
    expect(root.querySelector('[data-scope="vso.work"]')?.classList.contains('high')).toBe(false);
    expect(root.textContent).toContain('app.example.com (HTTPS)');
    expect(root.textContent).toContain('Verified Azure DevOps approval page');
    expect(root.textContent).toContain('Address: passed');
  });

  it('shows what a risky app could do, riskiest first, where the answer goes, who asks, each signal and where to report it', () => {
    const url = `${ADO}?${query(request(ADO, 'vso.work vso.code_full vso.identity_manage', 'https://203.0.113.7/cb'))}`;
    const verdict = evaluateFrame({ url, isTop: true, topUrl: url, snapshot: BRANDED[ADO] ?? null }, context);
    const root = mount(stateWith(verdict));
    const block = root.querySelector('[data-risk]');
    expect(block?.getAttribute('data-risk')).toBe('high');
    expect(block?.textContent).toContain('What this app could do');
    expect(block?.textContent).toContain('High risk');
    expect([...(block?.querySelectorAll('[data-scope]') ?? [])].map((node) => node.getAttribute('data-tier'))).toEqual([
      'high',
      'high',
      'basic',
    ]);
    expect(block?.textContent).toContain('203.0.113.7');
    expect(block?.textContent).toContain('Contoso Release Notes');
    expect(
      [...(block?.querySelectorAll('[data-signal]') ?? [])].map((node) => node.getAttribute('data-signal')),
    ).toEqual(['redirect-ip', 'scope-high']);
    expect(block?.textContent).toContain('a bare IP address, 203.0.113.7');
    expect(block?.querySelector('a')?.getAttribute('href')).toBe('https://app.vssps.visualstudio.com/Profile/View');
    // The scopes are listed once, in the risk block.
    expect(root.querySelectorAll('[data-scope="vso.code_full"]')).toHaveLength(1);
  });

  it('renders hostile text as text, never as markup', () => {
    const request = describeRequest(new URLSearchParams('scope=<img/src=x/onerror=alert(1)>&client_id=<b>x</b>'), ado);
    const root = mount(
      stateWith({
        ...NO_VERDICT,
        level: 'caution',
        kind: 'approval',
        headline: phrase('verdict_imitates', '<script>alert(1)</script>'),
        request,
      }),
    );
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.textContent).toContain('<img/src=x/onerror=alert(1)>');
    expect(root.textContent).toContain('This site imitates <script>alert(1)</script>');
  });
});
