import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/tab-state';
import { AuthorizationsPanel } from './AuthorizationsPanel';
import { PasswordAlertPanel } from './PasswordAlertPanel';
import { ReportPanel } from './ReportPanel';
import { fetchTabState } from './tab-state-client';
import { VerdictPanel } from './VerdictPanel';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

type Load = { status: 'loading' } | { status: 'ready'; tabId: number | null; state: TabState | null } | { status: 'error'; message: string };

export function App({ tabId }: { tabId: Promise<number | null> }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    tabId
      .then(async (id) => ({ id, state: id === null ? null : await fetchTabState(id) }))
      .then(({ id, state }) => live && setLoad({ status: 'ready', tabId: id, state }))
      .catch((error: unknown) => live && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [tabId]);

  return (
    <>
      <h1 class="product">{t('ext_name')}</h1>
      <section aria-labelledby="this-page" class="panel">
        <h2 id="this-page">{t('popup_thisPage')}</h2>
        {load.status === 'loading' && <p aria-live="polite">{t('popup_checking')}</p>}
        {load.status === 'error' && <p role="alert">{t('popup_verdictError', load.message)}</p>}
        {load.status === 'ready' && <VerdictPanel state={load.state} />}
      </section>
      {load.status === 'ready' && load.state !== null && load.tabId !== null && <ReportPanel tabId={load.tabId} />}
      <AuthorizationsPanel />
      <PasswordAlertPanel />
      <p class="footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openOptions')}
        </button>
      </p>
    </>
  );
}
