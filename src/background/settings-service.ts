import { updateLocalStore, readLocalStore } from '../shared/local-store';
import { EXPORT_FORMAT, type ExportFile } from '../shared/export-file';
import type { Settings } from '../shared/settings';
import type { ImportReply, SettingsReply } from '../shared/settings-protocol';
import { upsertRecord } from './authorizations/recorder';
import { effectiveSettings } from './effective-settings';
import { continuedOrigins } from './exceptions';
import { forgetList } from './authorizations/list-cache';

export async function settingsReply(): Promise<SettingsReply> {
  const [effective, exceptions] = await Promise.all([effectiveSettings(), continuedOrigins()]);
  const { policy } = effective;
  return {
    providers: effective.providers.map((provider) => ({
      id: provider.id,
      name: provider.name,
      fromPolicy: policy.extraProviders.some((extra) => extra.id === provider.id),
    })),
    settings: effective.user,
    managed: {
      trustedOrigins: [...policy.trustedOrigins],
      forcePasswordAlert: policy.forcePasswordAlert,
      forbidContinueAnyway: policy.forbidContinueAnyway,
      reportUrl: policy.reportUrl,
      reportingConsent: policy.reportingConsent,
    },
    exceptions: exceptions.length,
  };
}

/** Stores the user's settings; what the policy manages is merged on read, so it cannot be overridden from here. */
export async function saveSettings(settings: Settings): Promise<SettingsReply> {
  await updateLocalStore((store) => ({ ...store, settings }));
  // A provider turned off must not show up in the remembered list.
  await forgetList();
  return settingsReply();
}

export async function exportData(now = Date.now()): Promise<ExportFile> {
  const store = await readLocalStore();
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now,
    settings: store.settings,
    passwordAlert: { enabled: store.passwordAlert.enabled },
    grants: store.grants,
  };
}

/**
 * Applies an export: its settings replace the current ones, and its grants are merged into the recorded ones (the
 * newer approval of the same app wins), so importing never loses a grant recorded here since.
 */
export async function importData(file: ExportFile): Promise<ImportReply> {
  await updateLocalStore((store) => {
    let grants = [...store.grants];
    for (const grant of file.grants) {
      const known = grants.find(
        (other) =>
          other.providerId === grant.providerId && other.clientId.toLowerCase() === grant.clientId.toLowerCase(),
      );
      if (!known || known.approvedAt < grant.approvedAt) grants = upsertRecord(grants, grant);
    }
    const passwordAlert = file.passwordAlert.enabled
      ? { enabled: true, enrollment: store.passwordAlert.enrollment }
      : { enabled: false, enrollment: null };
    return { ...store, settings: file.settings, grants, passwordAlert };
  });
  await forgetList();
  return { result: 'imported', grants: file.grants.length, origins: file.settings.trustedOrigins.length };
}
