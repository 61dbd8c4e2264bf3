import { useEffect, useState } from 'preact/hooks';
import { AuthorizationsPanel } from './AuthorizationsPanel';
import { CodeSignInPanel } from './CodeSignInPanel';
import { PasswordAlertPanel } from './PasswordAlertPanel';
import { ReportPanel } from './ReportPanel';
import type { ListLoad } from './authorizations/authorizations-client';
import type { AuthorizationsReply } from '../shared/authorizations-protocol';
import type { TabLoad } from './tab-state-client';
import { VerdictPanel } from './VerdictPanel';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

type Load = { status: 'loading' } | TabLoad;

interface Props {
  /** Both asked for before the first render (see main.tsx). */
  readonly page: Promise<TabLoad>;
  readonly authorizations: Promise<ListLoad>;
  readonly remembered: Promise<AuthorizationsReply | null>;
}

export function App({ page, authorizations, remembered }: Props) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void page.then((loaded) => live && setLoad(loaded));
    return () => {
      live = false;
    };
  }, [page]);

  return (
    <>
      <h1 class="product">{t('ext_name')}</h1>
      <section aria-labelledby="this-page" class="panel">
        <h2 id="this-page">{t('popup_thisPage')}</h2>
        {load.status === 'loading' && <p aria-live="polite">{t('popup_checking')}</p>}
        {load.status === 'error' && <p role="alert">{t('popup_verdictError', load.message)}</p>}
        {load.status === 'ready' && load.codeSignIn && <CodeSignInPanel signIn={load.codeSignIn} />}
        {load.status === 'ready' && <VerdictPanel state={load.state} />}
      </section>
      {load.status === 'ready' && load.state !== null && load.tabId !== null && <ReportPanel tabId={load.tabId} />}
      <AuthorizationsPanel initial={authorizations} remembered={remembered} />
      <PasswordAlertPanel />
      <p class="footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openOptions')}
        </button>
      </p>
    </>
  );
}
