import { useEffect, useState } from 'preact/hooks';
import { ask } from '../shared/ask';
import type { BlockedPage } from '../shared/blocked-page';
import { SLOT, t } from '../shared/i18n';
import { TextAround } from './TextAround';
import { ReportPanel } from '../popup/ReportPanel';

/** The extension's full-page warning: shown when a site keeps removing or covering the in-page one. */
export function BlockedPageView({ tabId }: { tabId: number | null }) {
  const [blocked, setBlocked] = useState<BlockedPage | null | 'loading'>('loading');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (tabId === null) {
      setBlocked(null);
      return;
    }
    ask({ type: 'get-blocked-page', tabId }).then(
      (reply) => setBlocked(reply.blocked),
      () => setBlocked(null),
    );
  }, [tabId]);

  const send = (type: 'leave-blocked-page' | 'continue-blocked-page') => {
    if (tabId === null) return;
    // The background navigates the tab away; nothing waits for the answer.
    ask({ type, tabId }).catch(() => undefined);
  };

  if (blocked === 'loading') return <p>{t('common_loading')}</p>;
  return (
    <article data-consent-guard="blocked-page">
      <h1>{blocked?.warning.headline ?? t('blocked_fallbackHeadline')}</h1>
      {blocked && (
        <>
          <p>
            <TextAround text={t('blocked_keptHiding', SLOT)}>
              <code>{blocked.url}</code>
            </TextAround>
          </p>
          <ul>
            {blocked.warning.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {blocked.warning.realOrigin && (
            <p class="real">
              <TextAround text={t('warning_realPage', SLOT)}>
                <strong>{blocked.warning.realOrigin}</strong>
              </TextAround>
            </p>
          )}
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" autofocus onClick={() => send('leave-blocked-page')}>
          {t('blocked_leave')}
        </button>
        {blocked?.warning.continueAllowed === true &&
          (confirming ? (
            <button type="button" class="secondary" onClick={() => send('continue-blocked-page')}>
              {t('blocked_continueConfirm')}
            </button>
          ) : (
            <button type="button" class="secondary" onClick={() => setConfirming(true)}>
              {t('warning_continue')}
            </button>
          ))}
      </div>
      {blocked && tabId !== null && <ReportPanel tabId={tabId} />}
    </article>
  );
}
