import { useState } from 'preact/hooks';
import type { Grant } from '../../core/authorizations/grant';
import type { ManagementLink } from '../../core/authorizations/management-links';
import { isNewSince } from '../../core/authorizations/new-since';
import type { ProviderGrants } from '../../core/authorizations/view';
import { requestAccess } from './authorizations-client';
import { GrantItem, type GrantActions } from './GrantItem';
import { grantDomId, revokeKey, type RevokeState } from './revoke-state';
import { t } from '../../shared/i18n';

// Thousands of grants must not stall the popup: render a page at a time.
export const PAGE_SIZE = 50;

interface Props {
  group: ProviderGrants;
  seenBefore: number | null;
  revokes: Readonly<Record<string, RevokeState>>;
  manualPageFor: (grant: Grant) => ManagementLink | null;
  actions: GrantActions;
  onReload: () => void;
}

export function ProviderSection({ group, seenBefore, revokes, manualPageFor, actions, onReload }: Props) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const headingId = `provider-${group.providerId}`;
  const visible = group.grants.slice(0, shown);
  const remaining = group.grants.length - visible.length;
  return (
    <section class="provider" aria-labelledby={headingId} data-provider={group.providerId} data-status={group.status}>
      <h3 id={headingId} tabIndex={-1}>
        {group.providerName}
        {group.grants.length > 0 && <span class="count"> ({group.grants.length})</span>}
      </h3>
      <GroupStatus group={group} onReload={onReload} />
      {group.dropped > 0 && (
        <p class="quiet">
          {group.dropped === 1
            ? t('provider_droppedOne', group.providerName)
            : t('provider_droppedMany', group.dropped, group.providerName)}
        </p>
      )}
      {visible.length > 0 && (
        <ul class="grants" aria-label={t('provider_listLabel', group.providerName)}>
          {visible.map((grant, index) => (
            <GrantItem
              key={grant.id}
              grant={grant}
              domId={grantDomId(group.providerId, index)}
              providerName={group.providerName}
              isNew={isNewSince(grant, seenBefore)}
              revoke={revokes[revokeKey(grant.providerId, grant.id)]}
              manualPage={grant.revocable ? null : manualPageFor(grant)}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {remaining > 0 && (
        <button type="button" class="more" onClick={() => setShown((count) => count + PAGE_SIZE)}>
          {t('provider_showMore', Math.min(remaining, PAGE_SIZE), remaining)}
        </button>
      )}
      {(group.status !== 'ok' || group.grants.length === 0) && group.links.length > 0 && (
        <ManagementLinks group={group} />
      )}
    </section>
  );
}

function GroupStatus({ group, onReload }: { group: ProviderGrants; onReload: () => void }) {
  const name = group.providerName;
  switch (group.status) {
    case 'signed-out':
      return (
        <div class="group-status signed-out">
          <p>{t('provider_signedOut', name)}</p>
          {group.signInUrl && (
            <p>
              <a href={group.signInUrl} target="_blank" rel="noreferrer" class="sign-in">
                {t('provider_signIn', name)}
              </a>
              {t('provider_then')}{' '}
              <button type="button" class="link-button" onClick={onReload}>
                {t('provider_checkAgain')}
              </button>
              .
            </p>
          )}
        </div>
      );
    case 'error':
      return (
        <div class="group-status error">
          <p>{t('provider_readError', name, group.message ?? '')}</p>
          <p>
            <button type="button" onClick={onReload}>
              {t('common_tryAgain')}
            </button>
          </p>
        </div>
      );
    case 'needs-access':
      return (
        <div class="group-status needs-access">
          <p>{t('provider_needsAccess', name)}</p>
          <p>
            <button
              type="button"
              class="allow-access"
              onClick={() => void requestAccess(group.access).then((granted) => granted && onReload())}
            >
              {t('provider_allowAccess', name)}
            </button>
          </p>
        </div>
      );
    case 'ok':
      return group.grants.length === 0 ? <p class="quiet empty">{t('provider_none', name)}</p> : null;
    case 'recorded-only':
      return group.grants.length === 0 ? (
        <p class="quiet empty">{t('provider_noneRecorded', name)}</p>
      ) : (
        <p class="quiet">{t('provider_recordedOnly', name)}</p>
      );
  }
}

function ManagementLinks({ group }: { group: ProviderGrants }) {
  return (
    <div class="manage">
      <p class="quiet">{t('provider_manageOn', group.providerName)}</p>
      <ul class="links">
        {group.links.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
