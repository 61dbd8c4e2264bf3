import { useState } from 'preact/hooks';
import { checkImportText, type ImportCheck } from '../shared/export-file';
import { t } from '../shared/i18n';
import { fetchExport, sendImport } from './options-client';

type Outcome = { readonly kind: 'ok' | 'problem'; readonly text: string } | null;

/** Export and import of the user's settings and recorded grants, as one JSON file. */
export function BackupSection({ onImported }: { onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const exportFile = async () => {
    try {
      const file = await fetchExport();
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `consent-guard-${new Date(file.exportedAt).toISOString().slice(0, 10)}.json`;
      link.click();
      // The download has started by the time the click returns; the object URL is not needed after it.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setOutcome({ kind: 'ok', text: t('options_exported', file.grants.length) });
    } catch (e) {
      setOutcome({ kind: 'problem', text: String(e) });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const check = checkImportText(await chosen.text());
    if (!check.ok) {
      setOutcome({ kind: 'problem', text: importProblem(check) });
      return;
    }
    try {
      const reply = await sendImport(check.file);
      if (reply.result === 'imported') {
        setOutcome({ kind: 'ok', text: t('options_imported', reply.grants, reply.origins) });
        onImported();
      } else {
        setOutcome({ kind: 'problem', text: t('options_importRejected') });
      }
    } catch (e) {
      setOutcome({ kind: 'problem', text: String(e) });
    }
  };

  return (
    <section aria-labelledby="backup-title" class="panel">
      <h2 id="backup-title">{t('options_backupTitle')}</h2>
      <p class="quiet">{t('options_backupHelp')}</p>
      <div class="backup-actions">
        <button type="button" class="export" onClick={() => void exportFile()}>
          {t('options_export')}
        </button>
        <label class="import-label" for="import-file">
          {t('options_import')}
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <p
        class={outcome?.kind === 'problem' ? 'problem' : 'quiet'}
        role={outcome?.kind === 'problem' ? 'alert' : 'status'}
        data-outcome={outcome?.kind}
      >
        {outcome?.text}
      </p>
    </section>
  );
}

function importProblem(check: Extract<ImportCheck, { ok: false }>): string {
  switch (check.problem) {
    case 'too-large':
      return t('options_importTooLarge');
    case 'not-json':
      return t('options_importNotJson');
    case 'not-export':
      return check.where === null ? t('options_importNotExport') : t('options_importBadField', check.where);
  }
}
