import { useState } from 'preact/hooks';
import { ask } from '../shared/ask';
import { t } from '../shared/i18n';

/**
 * "This page is safe" / "This is phishing" for the tab's page, from the popup and the full-page warning. The
 * background takes the page from its own record of the tab.
 */
export function ReportPanel({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState('');
  const report = (verdict: 'safe' | 'phishing') => {
    ask({ type: 'report-problem', tabId, verdict }).then(
      (reply) => setStatus(!reply.recorded ? t('report_failed') : reply.sent ? t('report_sent') : t('report_thanks')),
      () => setStatus(t('report_failed')),
    );
  };
  return (
    <section aria-labelledby="report-title" class="panel report">
      <h2 id="report-title">{t('report_title')}</h2>
      <div class="report-actions">
        <button type="button" data-report="safe" onClick={() => report('safe')}>
          {t('report_safe')}
        </button>
        <button type="button" data-report="phishing" onClick={() => report('phishing')}>
          {t('report_phishing')}
        </button>
      </div>
      <p role="status" aria-live="polite" class="quiet report-status">
        {status}
      </p>
    </section>
  );
}
