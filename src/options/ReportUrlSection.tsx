import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { asksDataConsent, reportPermissions } from '../shared/report-consent';

/**
 * The organisation's report URL, and what lets reports go there: the optional host permission (reports then go as
 * ordinary JSON requests; without it, as CORS-safelisted text/plain, see background/problem-reports.ts) and, in
 * Firefox, the user's consent to send page addresses, unless the organisation's policy states it.
 */
export function ReportUrlSection({ reportUrl, reportingConsent }: { reportUrl: string; reportingConsent: boolean }) {
  const origin = new URL(reportUrl).origin;
  const permissions = useMemo(() => reportPermissions(origin, reportingConsent), [origin, reportingConsent]);
  const needsConsent = !reportingConsent && asksDataConsent();
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains(permissions).then(setGranted, () => setGranted(false));
  }, [permissions]);
  const allow = () => {
    // Must run in the click's user gesture: no await before it.
    browser.permissions.request(permissions).then(setGranted, () => setGranted(false));
  };
  return (
    <section aria-labelledby="report-url-title" class="panel">
      <h2 id="report-url-title">{t('options_reportTitle')}</h2>
      <p class="managed-note">{t('options_reportUrl', reportUrl)}</p>
      {reportingConsent && <p class="quiet">{t('options_reportConsentByPolicy')}</p>}
      {needsConsent && granted === false && <p data-report-consent="needed">{t('options_reportConsentNeeded')}</p>}
      {granted === true && <p class="quiet">{t('options_reportAllowed')}</p>}
      {granted === false && (
        <button type="button" onClick={allow}>
          {t('options_reportAllow', origin)}
        </button>
      )}
    </section>
  );
}
