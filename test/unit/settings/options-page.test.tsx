import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../src/options/OptionsApp';
import type { SettingsReply } from '../../../src/shared/settings-protocol';

type Manifest = ReturnType<typeof fakeBrowser.runtime.getManifest>;
import { ReportUrlSection } from '../../../src/options/ReportUrlSection';

const CHROMIUM_MANIFEST: Manifest = { manifest_version: 3, name: 'Consent Guard', version: '0.1.0' };
const FIREFOX_MANIFEST: Manifest = {
  ...CHROMIUM_MANIFEST,
  browser_specific_settings: {
    gecko: { id: 'x@y', data_collection_permissions: { required: ['none'], optional: ['browsingActivity'] } },
  },
};

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
    reportingConsent: false,
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
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(CHROMIUM_MANIFEST);
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
    expect(root.querySelector('[data-origin="https://mine.example"] button')?.textContent).toBe(
      'Remove https://mine.example',
    );

    const alert = root.querySelector<HTMLInputElement>('#password-alert-title ~ label input');
    expect(alert?.checked).toBe(true);
    expect(alert?.disabled).toBe(true);
    expect(root.textContent).toContain('Your organisation does not allow continuing past a warning.');
    expect(root.textContent).toContain(
      'Detections and your reports are also sent to your organisation at https://reports.contoso.example/in.',
    );
    await settle(root, '#report-url-title ~ button');
    expect(root.querySelector('#report-url-title ~ button')?.textContent).toBe(
      'Allow sending reports to https://reports.contoso.example',
    );
  });
});

describe('the report URL section', () => {
  const URL_ = 'https://reports.contoso.example/in';
  let asked: unknown[];
  let requested: unknown[];

  async function shown(manifest: Manifest, reportingConsent: boolean, granted: boolean): Promise<HTMLElement> {
    asked = [];
    requested = [];
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest);
    Object.assign(fakeBrowser.permissions, {
      contains: (permissions: unknown) => (asked.push(permissions), Promise.resolve(granted)),
      request: (permissions: unknown) => (requested.push(permissions), Promise.resolve(true)),
    });
    const root = document.createElement('div');
    document.body.append(root);
    render(<ReportUrlSection reportUrl={URL_} reportingConsent={reportingConsent} />, root);
    await vi.waitFor(() => {
      if (asked.length === 0 || !root.querySelector('button, .quiet:last-child')) throw new Error('not settled yet');
    });
    return root;
  }

  it('in Firefox, says reports stay on the device until the user allows them, and asks for both in one click', async () => {
    const root = await shown(FIREFOX_MANIFEST, false, false);
    expect(root.querySelector('[data-report-consent="needed"]')?.textContent).toContain('stay on this device');
    root.querySelector('button')?.click();
    expect(requested).toEqual([
      { origins: ['https://reports.contoso.example/*'], data_collection: ['browsingActivity'] },
    ]);
  });

  it('in Firefox, asks nothing of the user for the consent the organisation has stated', async () => {
    const root = await shown(FIREFOX_MANIFEST, true, false);
    expect(root.textContent).toContain('Your organisation states that you consent to these reports.');
    expect(root.querySelector('[data-report-consent="needed"]')).toBeNull();
    expect(asked).toEqual([{ origins: ['https://reports.contoso.example/*'] }]);
  });

  it('in Chromium, asks for the host permission only', async () => {
    const root = await shown(CHROMIUM_MANIFEST, false, false);
    expect(root.querySelector('[data-report-consent="needed"]')).toBeNull();
    expect(asked).toEqual([{ origins: ['https://reports.contoso.example/*'] }]);
  });

  it('says so once allowed', async () => {
    const root = await shown(FIREFOX_MANIFEST, false, true);
    expect(root.textContent).toContain('Consent Guard may send reports there.');
    expect(root.querySelector('button')).toBeNull();
  });
});
