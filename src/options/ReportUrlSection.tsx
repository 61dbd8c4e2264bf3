import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/**
 * The organisation's report URL, and the optional host permission that lets reports go there as ordinary JSON
 * requests. Without it they still go, as CORS-safelisted text/plain (see background/problem-reports.ts).
 */
export function ReportUrlSection({ reportUrl }: { reportUrl: string }) {
  const pattern = `${new URL(reportUrl).origin}/*`;
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains({ origins: [pattern] }).then(setGranted, () => setGranted(false));
  }, [pattern]);
  const allow = () => {
    // Must run in the click's user gesture: no await before it.
    browser.permissions.request({ origins: [pattern] }).then(setGranted, () => setGranted(false));
  };
  return (
    <section aria-labelledby="report-url-title" class="panel">
      <h2 id="report-url-title">{t('options_reportTitle')}</h2>
      <p class="managed-note">{t('options_reportUrl', reportUrl)}</p>
      {granted === true && <p class="quiet">{t('options_reportAllowed')}</p>}
      {granted === false && (
        <button type="button" onClick={allow}>
          {t('options_reportAllow', new URL(reportUrl).origin)}
        </button>
      )}
    </section>
  );
}
