import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { exportData, importData, saveSettings, settingsReply } from '../../../src/background/settings-service';
import { addContinuedOrigin, clearContinuedOrigins, continuedOrigins } from '../../../src/background/exceptions';
import { checkImportText, EXPORT_FORMAT } from '../../../src/shared/export-file';
import { readLocalStore, updateLocalStore } from '../../../src/shared/local-store';

const GRANT = {
  providerId: 'azure-devops',
  appName: 'Contoso',
  clientId: 'C1',
  scopes: ['vso.code'],
  redirectHost: 'x.example',
  approvedAt: 1_700_000_000_000,
  pageOrigin: 'https://app.vssps.visualstudio.com',
};
const SETTINGS = {
  disabledProviders: ['google'],
  trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }],
};

describe('export', () => {
  it('writes settings and grants, never the password fingerprint, and reads back as valid', async () => {
    await updateLocalStore((store) => ({
      ...store,
      grants: [GRANT],
      settings: SETTINGS,
      passwordAlert: {
        enabled: true,
        enrollment: { salt: 'a'.repeat(32), fingerprint: 'b'.repeat(10), length: 12, enrolledAt: 1 },
      },
    }));
    const file = await exportData(5);
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: 5,
      settings: SETTINGS,
      passwordAlert: { enabled: true },
      grants: [GRANT],
    });
    expect(JSON.stringify(file)).not.toContain('bbbbbbbbbb');
    expect(checkImportText(JSON.stringify(file))).toEqual({ ok: true, file });
  });
});

describe('import', () => {
  const file = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: 5,
    settings: SETTINGS,
    passwordAlert: { enabled: false },
    grants: [GRANT],
  } as const;

  it.each([
    ['not JSON', '{"format": ', { ok: false, problem: 'not-json', where: null }],
    ['another JSON file', '{"name": "package"}', { ok: false, problem: 'not-export', where: 'format' }],
    [
      'a bad trusted origin',
      JSON.stringify({
        ...file,
        settings: { ...SETTINGS, trustedOrigins: [{ origin: 'http://x.example', providerId: 'azure-devops' }] },
      }),
      { ok: false, problem: 'not-export', where: 'settings.trustedOrigins.0.origin' },
    ],
    [
      'a damaged grant',
      JSON.stringify({ ...file, grants: [{ ...GRANT, pageOrigin: 'http://x' }] }),
      { ok: false, problem: 'not-export', where: 'grants.0.pageOrigin' },
    ],
    ['an unknown field', JSON.stringify({ ...file, extra: 1 }), { ok: false, problem: 'not-export', where: 'extra' }],
    ['a huge file', ' '.repeat(6 * 1024 * 1024), { ok: false, problem: 'too-large', where: null }],
  ])('rejects %s, saying where', (_label, text, expected) => {
    expect(checkImportText(text)).toEqual(expected);
  });

  it('replaces the settings and merges grants, keeping those recorded since and the newer of two', async () => {
    const newer = { ...GRANT, clientId: 'C1', approvedAt: GRANT.approvedAt + 10, scopes: ['vso.build'] };
    const other = { ...GRANT, clientId: 'C2' };
    await updateLocalStore((store) => ({ ...store, grants: [newer, other] }));
    const reply = await importData({ ...file, grants: [GRANT, { ...GRANT, clientId: 'C3' }] });
    expect(reply).toEqual({ result: 'imported', grants: 2, origins: 1 });
    const store = await readLocalStore();
    expect(store.settings).toEqual(SETTINGS);
    expect(store.grants.map((grant) => [grant.clientId, grant.scopes[0]])).toEqual([
      ['C1', 'vso.build'],
      ['C2', 'vso.code'],
      ['C3', 'vso.code'],
    ]);
  });
});

describe('settings and exceptions', () => {
  it('stores the user settings and reports them with the providers', async () => {
    const reply = await saveSettings(SETTINGS);
    expect(reply.settings).toEqual(SETTINGS);
    expect(reply.providers.map((provider) => provider.id)).toEqual(
      expect.arrayContaining(['azure-devops', 'github', 'google']),
    );
    expect(reply.managed).toEqual({
      trustedOrigins: [],
      forcePasswordAlert: false,
      forbidContinueAnyway: false,
      reportUrl: null,
      reportingConsent: false,
    });
  });

  it('clears the "Continue anyway" exceptions of the session', async () => {
    await addContinuedOrigin('https://a.example');
    await addContinuedOrigin('https://b.example');
    expect((await settingsReply()).exceptions).toBe(2);
    await clearContinuedOrigins();
    expect(await continuedOrigins()).toEqual([]);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });
});
