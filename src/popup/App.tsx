import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/tab-state';
import { AuthorizationsPanel } from './AuthorizationsPanel';
import { PasswordAlertPanel } from './PasswordAlertPanel';
import { fetchTabState } from './tab-state-client';
import { VerdictPanel } from './VerdictPanel';

type Load = { status: 'loading' } | { status: 'ready'; state: TabState | null } | { status: 'error'; message: string };

export function App({ tabId }: { tabId: Promise<number | null> }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    tabId
      .then((id) => (id === null ? null : fetchTabState(id)))
      .then((state) => live && setLoad({ status: 'ready', state }))
      .catch((error: unknown) => live && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [tabId]);

  return (
    <>
      <h1 class="product">Consent Guard</h1>
      <section aria-labelledby="this-page" class="panel">
        <h2 id="this-page">This page</h2>
        {load.status === 'loading' && <p aria-live="polite">Checking this page…</p>}
        {load.status === 'error' && <p role="alert">Could not read this page's verdict: {load.message}</p>}
        {load.status === 'ready' && <VerdictPanel state={load.state} />}
      </section>
      <AuthorizationsPanel />
      <PasswordAlertPanel />
    </>
  );
}
