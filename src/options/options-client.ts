import { ask } from '../shared/ask';
import type { ExportFile } from '../shared/export-file';
import type { Settings } from '../shared/settings';
import type { ImportReply, SettingsReply } from '../shared/settings-protocol';

export const fetchSettings = (): Promise<SettingsReply> => ask({ type: 'get-settings' });
export const storeSettings = (settings: Settings): Promise<SettingsReply> => ask({ type: 'set-settings', settings });
export const clearExceptions = (): Promise<SettingsReply> => ask({ type: 'clear-exceptions' });
export const fetchExport = (): Promise<ExportFile> => ask({ type: 'export-data' });
export const sendImport = (file: ExportFile): Promise<ImportReply> => ask({ type: 'import-data', file });
