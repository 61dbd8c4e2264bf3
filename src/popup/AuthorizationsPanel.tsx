import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Grant } from '../core/authorizations/grant';
import { managementPageFor } from '../core/authorizations/management-links';
import { providerById } from '../core/providers/registry';
import type { AuthorizationsReply } from '../shared/authorizations-protocol';
import { openInNewTab, requestRevoke, type ListLoad } from './authorizations/authorizations-client';
import type { GrantActions } from './authorizations/GrantItem';
import { ProviderSection } from './authorizations/ProviderSection';
import { revokeKey, type RevokeState } from './authorizations/revoke-state';
import { useLiveList } from './authorizations/use-live-list';
import { t } from '../shared/i18n';

interface Props {
  /** The first list, when the popup asked for it before its first render; without it the panel asks when mounted. */
  readonly initial?: Promise<ListLoad>;
  /** The list the providers last gave, asked for with `initial`. */
  readonly remembered?: Promise<AuthorizationsReply | null>;
}

/** The apps the user authorized, per provider, and the way to take each one's access back. */
export function AuthorizationsPanel({ initial, remembered }: Props) {
  const { load, seenBefore, firstReply, reload } = useLiveList(initial, remembered);
  const [revokes, setRevokes] = useState<Readonly<Record<string, RevokeState>>>({});
  const [announcement, setAnnouncement] = useState('');

  const setRevoke = useCallback((key: string, state: RevokeState | undefined) => {
    setRevokes((current) => {
      const rest = Object.fromEntries(Object.entries(current).filter(([known]) => known !== key));
      return state ? { ...rest, [key]: state } : rest;
    });
  }, []);

  const revoke = useCallback(
    async (grant: Grant) => {
      const key = revokeKey(grant.providerId, grant.id);
      setRevoke(key, { state: 'pending' });
      setAnnouncement(t('grants_revoking', grant.appName));
      const reply = await requestRevoke(grant.providerId, grant.id);
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

  // A revocation the background was still running when the popup last closed: join it, once, to learn how it ended.
  useEffect(() => {
    for (const group of firstReply?.groups ?? []) {
      for (const id of group.pending) {
        const grant = group.grants.find((candidate) => candidate.id === id);
        if (grant) void revoke(grant);
      }
    }
    // Only the first reply's pending list: later renders make a new `revoke` but must not join again.
  }, [firstReply]);

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
    <section
      aria-labelledby="grants-title"
      class="panel"
      aria-busy={load.status === 'loading' || load.status === 'remembered'}
    >
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
            seenBefore={seenBefore}
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
