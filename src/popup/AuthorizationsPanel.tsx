import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Grant } from '../core/authorizations/grant';
import { managementPageFor } from '../core/authorizations/management-links';
import { providerById } from '../core/providers/registry';
import type { AuthorizationsReply } from '../shared/authorizations-protocol';
import { loadAuthorizations, openInNewTab, requestRevoke, type ListLoad } from './authorizations/authorizations-client';
import type { GrantActions } from './authorizations/GrantItem';
import { ProviderSection } from './authorizations/ProviderSection';
import { revokeKey, type RevokeState } from './authorizations/revoke-state';
import { t } from '../shared/i18n';
import { errorText } from './error-text';

/** `remembered`: the list the providers last gave, shown (and usable) until the live one replaces it. */
type Load = { status: 'loading' } | ListLoad | { status: 'remembered'; reply: AuthorizationsReply };

interface Props {
  /** The first list, when the popup asked for it before its first render; without it the panel asks when mounted. */
  readonly initial?: Promise<ListLoad>;
  /** The list the providers last gave, asked for with `initial`. */
  readonly remembered?: Promise<AuthorizationsReply | null>;
}

/** The apps the user authorized, per provider, and the way to take each one's access back. */
export function AuthorizationsPanel({ initial, remembered }: Props) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [revokes, setRevokes] = useState<Readonly<Record<string, RevokeState>>>({});
  const [announcement, setAnnouncement] = useState('');
  // "New since last time" is measured against the opening before this one, for as long as this popup lives.
  const seenBefore = useRef<number | null>(null);
  const live = useRef(true);
  const answered = useRef(false);

  const setRevoke = useCallback((key: string, state: RevokeState | undefined) => {
    setRevokes((current) => {
      const rest = Object.fromEntries(Object.entries(current).filter(([known]) => known !== key));
      return state ? { ...rest, [key]: state } : rest;
    });
  }, []);

  const show = useCallback(async (request: Promise<ListLoad>, first: boolean): Promise<AuthorizationsReply | null> => {
    const loaded = await request;
    if (!live.current) return null;
    answered.current = true;
    if (loaded.status === 'ready' && first) seenBefore.current = loaded.reply.seenBefore;
    setLoad(loaded);
    return loaded.status === 'ready' ? loaded.reply : null;
  }, []);

  const reload = useCallback((first: boolean) => show(loadAuthorizations(first), first), [show]);

  const revoke = useCallback(
    async (grant: Grant) => {
      const key = revokeKey(grant.providerId, grant.id);
      setRevoke(key, { state: 'pending' });
      setAnnouncement(t('grants_revoking', grant.appName));
      const reply = await requestRevoke(grant.providerId, grant.id).catch((error: unknown) => ({
        result: 'failed' as const,
        message: errorText(error),
      }));
      if (!live.current) return;
      if (reply.result === 'revoked') {
        await reload(false);
        setRevoke(key, undefined);
        setAnnouncement(t('grants_revoked', grant.appName));
        document.getElementById(`provider-${grant.providerId}`)?.focus();
      } else {
        setRevoke(key, { state: 'failed', message: reply.message });
        setAnnouncement(t('grants_revokeFailed', grant.appName));
      }
    },
    [reload, setRevoke],
  );

  useEffect(() => {
    live.current = true;
    void remembered?.then((reply) => {
      // The live answer, whatever it says (even signed out), always wins over the remembered list.
      if (!live.current || answered.current || !reply) return;
      seenBefore.current = reply.seenBefore;
      setLoad({ status: 'remembered', reply });
    });
    void show(initial ?? loadAuthorizations(true), true).then((reply) => {
      // A revocation still running in the background (the popup was closed mid-way): join it to learn the outcome.
      for (const group of reply?.groups ?? []) {
        for (const id of group.pending) {
          const grant = group.grants.find((candidate) => candidate.id === id);
          if (grant) void revoke(grant);
        }
      }
    });
    return () => {
      live.current = false;
    };
  }, [show, revoke, initial, remembered]);

  const actions: GrantActions = {
    ask: (grant) => {
      setRevoke(revokeKey(grant.providerId, grant.id), { state: 'confirming' });
    },
    cancel: (grant) => {
      setRevoke(revokeKey(grant.providerId, grant.id), undefined);
    },
    confirm: (grant) => {
      const key = revokeKey(grant.providerId, grant.id);
      if (revokes[key]?.state === 'pending') return;
      if (grant.revocable) {
        void revoke(grant);
        return;
      }
      const page = manualPageFor(grant);
      if (!page) return;
      setRevoke(key, { state: 'opened', label: page.label });
      setAnnouncement(t('grants_opened', page.label));
      void openInNewTab(page.url);
    },
  };

  return (
    <section aria-labelledby="grants-title" class="panel" aria-busy={load.status === 'loading' || load.status === 'remembered'}>
      <h2 id="grants-title">{t('grants_title')}</h2>
      <p class="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {load.status === 'loading' && <p class="quiet loading">{t('grants_loading')}</p>}
      {load.status === 'error' && (
        <div role="alert">
          <p>{t('grants_loadError', load.message)}</p>
          <button type="button" onClick={() => void reload(true)}>
            {t('common_tryAgain')}
          </button>
        </div>
      )}
      {load.status === 'remembered' && (
        <p class="quiet loading" role="status">
          {t('grants_updating')}
        </p>
      )}
      {(load.status === 'ready' || load.status === 'remembered') &&
        load.reply.groups.map((group) => (
          <ProviderSection
            key={group.providerId}
            group={group}
            seenBefore={seenBefore.current}
            revokes={revokes}
            manualPageFor={manualPageFor}
            actions={actions}
            onReload={() => void reload(false)}
          />
        ))}
    </section>
  );
}

function manualPageFor(grant: Grant) {
  const provider = providerById(grant.providerId);
  return provider ? managementPageFor(grant, provider) : null;
}
