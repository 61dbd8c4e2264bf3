import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { SettingsReply } from '../shared/settings-protocol';
import { clearExceptions } from './options-client';

/** "Continue anyway" choices last for the browser session; this forgets them now, so those sites warn again. */
export function ExceptionsSection({
  reply,
  onCleared,
}: {
  reply: SettingsReply;
  onCleared: (reply: SettingsReply) => void;
}) {
  const [status, setStatus] = useState('');
  const clear = () => {
    clearExceptions().then(
      (next) => {
        onCleared(next);
        setStatus(t('options_exceptionsCleared'));
      },
      (e: unknown) => setStatus(String(e)),
    );
  };
  return (
    <section aria-labelledby="exceptions-title" class="panel">
      <h2 id="exceptions-title">{t('options_exceptionsTitle')}</h2>
      {reply.managed.forbidContinueAnyway && <p class="managed-note">{t('options_continueForbidden')}</p>}
      <p>{reply.exceptions === 1 ? t('options_exceptionsOne') : t('options_exceptionsMany', reply.exceptions)}</p>
      <button type="button" class="clear-exceptions" onClick={clear}>
        {t('options_exceptionsClear')}
      </button>
      <p role="status" aria-live="polite" class="quiet">
        {status}
      </p>
    </section>
  );
}
