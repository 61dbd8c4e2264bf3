import { useEffect, useState } from 'preact/hooks';
import { ask } from '../shared/ask';
import type { PageReply } from '../shared/messages';
import { t } from '../shared/i18n';

type Status = PageReply<'get-password-alert'>;

/**
 * Opt-in: warn when the Microsoft password is typed anywhere but Microsoft's sign-in pages. Shared by the popup and
 * the options page: one setting, one control.
 */
export function PasswordAlertPanel() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ask({ type: 'get-password-alert' }).then(setStatus, (e: unknown) => setError(String(e)));
  }, []);
  const toggle = (enabled: boolean) => {
    ask({ type: 'set-password-alert', enabled }).then(setStatus, (e: unknown) => setError(String(e)));
  };
  return (
    <section aria-labelledby="password-alert-title" class="panel">
      <h2 id="password-alert-title">{t('alert_title')}</h2>
      {error && <p role="alert">{error}</p>}
      <label class="toggle">
        <input
          type="checkbox"
          checked={status?.enabled ?? false}
          disabled={status === null || status.managed}
          aria-describedby={status?.managed ? 'password-alert-managed' : undefined}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />{' '}
        {t('alert_toggle')}
      </label>
      {status?.managed && (
        <p id="password-alert-managed" class="managed-note">
          {t('managed_note')}
        </p>
      )}
      {status?.enabled && (
        <p class="quiet" aria-live="polite">
          {status.enrolledAt !== null
            ? t('alert_active', new Date(status.enrolledAt).toLocaleString())
            : status.homeOrigin === null
              ? t('alert_finish')
              : t('alert_finishAt', status.homeOrigin)}
        </p>
      )}
    </section>
  );
}
