import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Grant } from '../../../src/core/authorizations/grant';
import type { ProviderGrants } from '../../../src/core/authorizations/view';
import { AuthorizationsPanel } from '../../../src/popup/AuthorizationsPanel';
import { PAGE_SIZE, ProviderSection } from '../../../src/popup/authorizations/ProviderSection';
import type { AuthorizationsReply } from '../../../src/shared/authorizations-protocol';
import { until } from '../support/until';

function grant(i: number, extra: Partial<Grant> = {}): Grant {
  return {
    id: `a-${i}`,
    providerId: 'azure-devops',
    appName: `App ${i}`,
    publisher: 'Contoso Ltd',
    clientId: `C${i}`,
    scopes: [{ id: 'vso.code_full', title: 'Code (full)', highPrivilege: true }],
    grantedAt: Date.UTC(2025, 2, 1),
    validTo: Date.UTC(2030, 2, 1),
    redirectHost: 'app.example',
    source: 'live',
    revocable: true,
    ...extra,
  };
}

function group(grants: Grant[], extra: Partial<ProviderGrants> = {}): ProviderGrants {
  return {
    providerId: 'azure-devops',
    providerName: 'Azure DevOps',
    status: 'ok',
    message: null,
    signInUrl: null,
    access: [],
    links: [{ label: 'Manage', url: 'https://app.vssps.visualstudio.com/Profile/View' }],
    grants,
    pending: [],
    dropped: 0,
    ...extra,
  };
}

const noop = () => undefined;
function mountSection(value: ProviderGrants, onReload: () => void = noop): HTMLElement {
  const root = document.createElement('main');
  document.body.append(root);
  render(
    <ProviderSection
      group={value}
      seenBefore={null}
      revokes={{}}
      manualPageFor={() => null}
      actions={{ ask: noop, cancel: noop, confirm: noop }}
      onReload={onReload}
    />,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the authorizations panel', () => {
  it('renders names with markup as text', () => {
    const root = mountSection(
      group([grant(1, { appName: '<img src=x onerror=alert(1)>', publisher: '<script>alert(1)</script>' })]),
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('button.revoke')?.textContent).toBe('Revoke <img src=x onerror=alert(1)>');
  });

  it('points out grants approved on high-risk requests, beside their revoke path', () => {
    const root = mountSection(
      group([
        grant(1, { riskLevel: 'high' }),
        grant(2, { riskLevel: 'review' }),
        grant(3, { riskLevel: 'none' }),
        grant(4),
      ]),
    );
    const notes = [...root.querySelectorAll('li.grant')].map(
      (item) => item.querySelector('[data-risk]')?.getAttribute('data-risk') ?? null,
    );
    expect(notes).toEqual(['high', 'review', null, null]);
    const high = root.querySelector('[data-grant-id="a-1"]');
    expect(high?.textContent).toContain('High-risk grant: if you do not recognize it, revoke it.');
    expect(high?.querySelector('button.revoke')).not.toBeNull();
  });

  it('renders a first page of a long list, with a way to show more', () => {
    const root = mountSection(group(Array.from({ length: 1_200 }, (_, i) => grant(i))));
    expect(root.querySelectorAll('li.grant')).toHaveLength(PAGE_SIZE);
    const more = root.querySelector<HTMLButtonElement>('button.more');
    expect(more?.textContent).toBe(`Show ${PAGE_SIZE} more of ${1_200 - PAGE_SIZE} remaining`);
  });

  it.each<[string, ProviderGrants, string]>([
    ['empty', group([]), 'No apps are authorized on your Azure DevOps account.'],
    [
      'signed out',
      group([], { status: 'signed-out', signInUrl: 'https://app.vssps.visualstudio.com/Profile/View' }),
      'Sign in to Azure DevOps',
    ],
    [
      'error',
      group([], { status: 'error', message: 'Azure DevOps answered with an error (HTTP 500).' }),
      'Could not read your Azure DevOps authorizations. Azure DevOps answered with an error (HTTP 500).',
    ],
    [
      'recorded only',
      group([], { status: 'recorded-only', providerName: 'GitHub', providerId: 'github' }),
      'Consent Guard has not seen you approve any GitHub apps.',
    ],
    [
      'no access',
      group([], { status: 'needs-access', access: ['https://app.vssps.visualstudio.com/*'] }),
      'Consent Guard needs your permission to read your Azure DevOps authorizations.',
    ],
  ])('designs the %s state', (_label, value, text) => {
    const root = mountSection(value);
    expect(root.textContent).toContain(text);
  });

  it('asks for the missing access from the click, and reads the list again once granted', async () => {
    const requested: unknown[] = [];
    let reloads = 0;
    Object.assign(fakeBrowser.permissions, {
      request: (permissions: unknown) => (requested.push(permissions), Promise.resolve(true)),
    });
    const value = group([], { status: 'needs-access', access: ['https://app.vssps.visualstudio.com/*'] });
    const root = mountSection(value, () => {
      reloads += 1;
    });
    const allow = root.querySelector<HTMLButtonElement>('button.allow-access');
    expect(allow?.textContent).toBe('Allow access to Azure DevOps');
    allow?.click();
    expect(requested).toEqual([{ origins: ['https://app.vssps.visualstudio.com/*'] }]);
    await vi.waitFor(() => {
      expect(reloads).toBe(1);
    });
  });

  it('confirms, then revokes through the background, announcing each step', async () => {
    let grants = [grant(1, { appName: 'Contoso Release Notes' })];
    const sent: unknown[] = [];
    const background = (message: unknown): Promise<unknown> => {
      sent.push(message);
      const type = (message as { type: string }).type;
      if (type === 'revoke-authorization') {
        grants = [];
        return Promise.resolve({ result: 'revoked' });
      }
      const reply: AuthorizationsReply = { groups: [group(grants)], seenBefore: null };
      return Promise.resolve(reply);
    };
    // The fake answers through sendResponse only, as browsers did before promise replies.
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
      void background(message).then(sendResponse);
      return true;
    });
    const root = document.createElement('main');
    document.body.append(root);
    render(<AuthorizationsPanel />, root);
    await until(() => root.querySelector('button.revoke') !== null);
    root.querySelector<HTMLButtonElement>('button.revoke')?.click();
    await until(() => document.activeElement?.textContent === 'Yes, revoke access');
    expect(root.querySelector('.confirm')?.textContent).toContain("Take back Contoso Release Notes's access?");
    expect(root.querySelector('.confirm')?.textContent).toContain('Code (full)');
    root.querySelector<HTMLButtonElement>('.confirm button.danger')?.click();
    await until(() => root.querySelector('li.grant') === null);
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Revoked Contoso Release Notes. It no longer has access.',
    );
    expect(sent).toContainEqual({ type: 'revoke-authorization', providerId: 'azure-devops', id: 'a-1' });
    expect(sent[0]).toEqual({ type: 'list-authorizations', markSeen: true });
  });
});
