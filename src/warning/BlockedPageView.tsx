import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { BlockedPageSchema, type BlockedPage } from '../shared/blocked-page';
import type { PageMessage } from '../shared/messages';
import { SLOT, t } from '../shared/i18n';
import { TextAround } from './TextAround';
import { ReportPanel } from '../popup/ReportPanel';

const ReplySchema = v.object({ blocked: v.nullable(BlockedPageSchema) });

/** The extension's full-page warning: shown when a site keeps removing or covering the in-page one. */
export function BlockedPageView({ tabId }: { tabId: number | null }) {
  const [blocked, setBlocked] = useState<BlockedPage | null | 'loading'>('loading');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (tabId === null) {
      setBlocked(null);
      return;
    }
    const message: PageMessage = { type: 'get-blocked-page', tabId };
    browser.runtime
      .sendMessage(message)
      .then((reply: unknown) => {
        const parsed = v.safeParse(ReplySchema, reply);
        setBlocked(parsed.success ? parsed.output.blocked : null);
      })
      .catch(() => setBlocked(null));
  }, [tabId]);

  const send = (type: 'leave-blocked-page' | 'continue-blocked-page') => {
    if (tabId === null) return;
    const message: PageMessage = { type, tabId };
    void browser.runtime.sendMessage(message);
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
