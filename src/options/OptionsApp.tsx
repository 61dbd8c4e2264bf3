import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import type { SettingsReply } from '../shared/settings-protocol';
import { PasswordAlertPanel } from '../popup/PasswordAlertPanel';
import { BackupSection } from './BackupSection';
import { ExceptionsSection } from './ExceptionsSection';
import { fetchSettings, storeSettings } from './options-client';
import { ProvidersSection } from './ProvidersSection';
import { ReportUrlSection } from './ReportUrlSection';
import { TrustedOriginsSection } from './TrustedOriginsSection';

export interface SectionProps {
  readonly reply: SettingsReply;
  readonly save: (settings: Settings) => Promise<void>;
}

/**
 * The options page: what Consent Guard checks, what it trusts, and the user's data, with what policy manages locked.
 */
export function OptionsApp() {
  const [reply, setReply] = useState<SettingsReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const load = useCallback(() => {
    fetchSettings().then(setReply, fail);
  }, []);
  useEffect(load, [load]);
  const save = async (settings: Settings): Promise<void> => {
    try {
      setReply(await storeSettings(settings));
    } catch (e) {
      fail(e);
    }
  };
  const managed =
    reply !== null &&
    (reply.managed.trustedOrigins.length > 0 ||
      reply.managed.forcePasswordAlert ||
      reply.managed.forbidContinueAnyway ||
      reply.managed.reportUrl !== null);
  return (
    <main>
      <h1>{t('options_title')}</h1>
      {error && <p role="alert">{t('options_error', error)}</p>}
      {reply === null && !error && <p aria-live="polite">{t('common_loading')}</p>}
      {managed && <p class="managed-note">{t('options_managedIntro')}</p>}
      {reply && (
        <>
          <ProvidersSection reply={reply} save={save} />
          <TrustedOriginsSection reply={reply} save={save} />
          <PasswordAlertPanel />
          <ExceptionsSection reply={reply} onCleared={setReply} />
          <BackupSection onImported={load} />
          {reply.managed.reportUrl !== null && (
            <ReportUrlSection reportUrl={reply.managed.reportUrl} reportingConsent={reply.managed.reportingConsent} />
          )}
        </>
      )}
    </main>
  );
}
