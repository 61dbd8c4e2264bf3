import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { PageMessage } from '../shared/messages';
import { ExportFileSchema, type ExportFile } from '../shared/export-file';
import type { Settings } from '../shared/settings';
import { ImportReplySchema, SettingsReplySchema, type ImportReply, type SettingsReply } from '../shared/settings-protocol';
import { t } from '../shared/i18n';

async function ask<T>(message: PageMessage, schema: v.GenericSchema<unknown, T>): Promise<T> {
  const parsed = v.safeParse(schema, await browser.runtime.sendMessage(message));
  if (!parsed.success) throw new Error(t('common_unexpectedReply'));
  return parsed.output;
}

export const fetchSettings = (): Promise<SettingsReply> => ask({ type: 'get-settings' }, SettingsReplySchema);
export const storeSettings = (settings: Settings): Promise<SettingsReply> => ask({ type: 'set-settings', settings }, SettingsReplySchema);
export const clearExceptions = (): Promise<SettingsReply> => ask({ type: 'clear-exceptions' }, SettingsReplySchema);
export const fetchExport = (): Promise<ExportFile> => ask({ type: 'export-data' }, ExportFileSchema);
export const sendImport = (file: ExportFile): Promise<ImportReply> => ask({ type: 'import-data', file }, ImportReplySchema);
