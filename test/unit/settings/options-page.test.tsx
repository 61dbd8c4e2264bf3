import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../src/options/OptionsApp';
import type { SettingsReply } from '../../../src/shared/settings-protocol';

const REPLY: SettingsReply = {
  providers: [
    { id: 'azure-devops', name: 'Azure DevOps', fromPolicy: false },
    { id: 'gitlab-corp', name: 'Corp GitLab', fromPolicy: true },
  ],
  settings: { disabledProviders: [], trustedOrigins: [{ origin: 'https://mine.example', providerId: 'azure-devops' }] },
  managed: {
    trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }],
    forcePasswordAlert: true,
    forbidContinueAnyway: true,
    reportUrl: 'https://reports.contoso.example/in',
  },
  exceptions: 0,
};

vi.mock('../../../src/options/options-client', () => ({
  fetchSettings: () => Promise.resolve(REPLY),
  storeSettings: () => Promise.resolve(REPLY),
  clearExceptions: () => Promise.resolve(REPLY),
  fetchExport: () => Promise.reject(new Error('not in this test')),
  sendImport: () => Promise.reject(new Error('not in this test')),
}));

afterEach(() => {
  document.body.replaceChildren();
});

async function settle(root: HTMLElement, selector: string): Promise<void> {
  await vi.waitFor(() => {
    if (!root.querySelector(selector)) throw new Error(`no ${selector} yet`);
  });
}

describe('options page under a policy', () => {
  it('shows what the organisation manages, with those controls locked and a note', async () => {
    // The password-alert panel asks the background for its status; here the policy has forced it on.
    // (Assigned rather than spied: the fake types these as returning nothing.)
    const status = { enabled: true, managed: true, enrolledAt: null, homeOrigin: 'https://login.microsoftonline.com' };
    Object.assign(fakeBrowser.runtime, { sendMessage: () => Promise.resolve(status) });
    Object.assign(fakeBrowser.permissions, { contains: () => Promise.resolve(false) });
    const root = document.createElement('div');
    document.body.append(root);
    render(<OptionsApp />, root);
    await settle(root, '#password-alert-managed');

    expect(root.textContent).toContain('Your organisation manages some of these settings.');
    const policyProvider = root.querySelector<HTMLInputElement>('input[data-provider="gitlab-corp"]');
    expect(policyProvider?.disabled).toBe(true);
    expect(policyProvider?.getAttribute('aria-describedby')).toBe('provider-gitlab-corp-managed');
    expect(root.querySelector<HTMLInputElement>('input[data-provider="azure-devops"]')?.disabled).toBe(false);

    const managedOrigin = root.querySelector('[data-origin="https://devops.contoso.example"]');
    expect(managedOrigin?.textContent).toContain('Set by your organisation.');
    expect(managedOrigin?.querySelector('button')).toBeNull();
    expect(root.querySelector('[data-origin="https://mine.example"] button')?.textContent).toBe('Remove https://mine.example');

    const alert = root.querySelector<HTMLInputElement>('#password-alert-title ~ label input');
    expect(alert?.checked).toBe(true);
    expect(alert?.disabled).toBe(true);
    expect(root.textContent).toContain('Your organisation does not allow continuing past a warning.');
    expect(root.textContent).toContain('Detections and your reports are also sent to your organisation at https://reports.contoso.example/in.');
    await settle(root, '#report-url-title ~ button');
    expect(root.querySelector('#report-url-title ~ button')?.textContent).toBe('Allow sending reports to https://reports.contoso.example');
  });
});
