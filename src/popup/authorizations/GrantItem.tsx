import { useEffect, useRef } from 'preact/hooks';
import type { Grant } from '../../core/authorizations/grant';
import type { ManagementLink } from '../../core/authorizations/management-links';
import { formatDate, isoDate } from './format';
import type { RevokeState } from './revoke-state';
import { t, type MessageKey } from '../../shared/i18n';

export interface GrantActions {
  readonly ask: (grant: Grant) => void;
  readonly cancel: (grant: Grant) => void;
  readonly confirm: (grant: Grant) => void;
}

interface Props {
  grant: Grant;
  domId: string;
  providerName: string;
  isNew: boolean;
  revoke: RevokeState | undefined;
  /** Where the user revokes it themselves when the extension cannot; null for grants it revokes. */
  manualPage: ManagementLink | null;
  actions: GrantActions;
}

const SOURCE_NOTE: Record<Grant['source'], MessageKey | null> = {
  live: null,
  recorded: 'grant_recorded',
  both: 'grant_both',
};

export function GrantItem({ grant, domId, providerName, isNew, revoke, manualPage, actions }: Props) {
  const high = grant.scopes.filter((scope) => scope.highPrivilege).length;
  const pending = revoke?.state === 'pending';
  const revokeButton = useRef<HTMLButtonElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const sourceNote = SOURCE_NOTE[grant.source];

  // Focus follows the flow, so keyboard users are never dropped back at the top of the popup.
  useEffect(() => {
    if (revoke?.state === 'failed') retryButton.current?.focus();
    else if (revoke === undefined && wasConfirming.current) revokeButton.current?.focus();
    wasConfirming.current = revoke?.state === 'confirming';
  }, [revoke]);

  return (
    <li
      class={isNew ? 'grant new' : 'grant'}
      aria-labelledby={`${domId}-name`}
      data-source={grant.source}
      data-grant-id={grant.id}
    >
      <p class="grant-head">
        <strong id={`${domId}-name`} class="grant-name">
          {grant.appName}
        </strong>
        {isNew && <span class="new-flag"> {t('grant_new')}</span>}
      </p>
      {grant.publisher && <p class="publisher">{t('grant_by', grant.publisher)}</p>}
      <dl>
        <dt>{t('grant_granted')}</dt>
        <dd>
          <time dateTime={isoDate(grant.grantedAt)}>{formatDate(grant.grantedAt)}</time>
        </dd>
        <dt>{t('grant_validUntil')}</dt>
        <dd>
          {grant.validTo === null ? (
            grant.source === 'recorded' ? (
              t('common_unknown')
            ) : (
              t('grant_notStated')
            )
          ) : (
            <time dateTime={isoDate(grant.validTo)}>{formatDate(grant.validTo)}</time>
          )}
        </dd>
        <dt>{t('request_sendsBack')}</dt>
        <dd>{grant.redirectHost ?? t('common_unknown')}</dd>
      </dl>
      {sourceNote && <p class="quiet source-note">{t(sourceNote)}</p>}
      {grant.riskLevel === 'high' && (
        <p class="risk-note high" data-risk="high">
          {t('grant_highRisk')}
        </p>
      )}
      {grant.riskLevel === 'review' && (
        <p class="risk-note review" data-risk="review">
          {t('grant_reviewRisk')}
        </p>
      )}
      <p class="scopes-head">
        {t('grant_whatItCan')}
        {high > 0 && <span class="flag"> {t('grant_highCount', high)}</span>}:
      </p>
      <ScopeList grant={grant} />
      {revoke?.state !== 'confirming' && (
        <button
          ref={revokeButton}
          type="button"
          class="revoke"
          aria-disabled={pending}
          onClick={() => !pending && actions.ask(grant)}
        >
          {t('grant_revoke')}
          <span class="visually-hidden"> {grant.appName}</span>
        </button>
      )}
      {revoke?.state === 'confirming' && (
        <Confirm grant={grant} domId={domId} providerName={providerName} manualPage={manualPage} actions={actions} />
      )}
      {pending && <p class="status">{t('grants_revoking', grant.appName)}</p>}
      {revoke?.state === 'failed' && (
        <div class="revoke-error">
          <p>{t('grant_couldNotRevoke', grant.appName, revoke.message)}</p>
          <button ref={retryButton} type="button" onClick={() => actions.confirm(grant)}>
            {t('grant_retry')}
            <span class="visually-hidden"> {t('grant_retryWhat', grant.appName)}</span>
          </button>
        </div>
      )}
      {revoke?.state === 'opened' && <p class="status">{t('grant_openedHelp', revoke.label, grant.appName)}</p>}
    </li>
  );
}

function ScopeList({ grant }: { grant: Grant }) {
  if (grant.scopes.length === 0) return <p class="quiet">{t('grant_scopesUnsaid')}</p>;
  return (
    <ul class="scopes">
      {grant.scopes.map((scope) => (
        <li key={scope.id} class={scope.highPrivilege ? 'scope high' : 'scope'} data-scope={scope.id}>
          <span class="scope-title">{scope.title}</span>
          {scope.highPrivilege && <span class="flag"> {t('scope_high')}</span>}
        </li>
      ))}
    </ul>
  );
}

function Confirm({
  grant,
  domId,
  providerName,
  manualPage,
  actions,
}: {
  grant: Grant;
  domId: string;
  providerName: string;
  manualPage: ManagementLink | null;
  actions: GrantActions;
}) {
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    primary.current?.focus();
  }, []);
  const titles = [...grant.scopes]
    .sort((a, b) => Number(b.highPrivilege) - Number(a.highPrivilege))
    .map((scope) => scope.title);
  const shown = titles.slice(0, 6);
  const more = titles.length - shown.length;
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={`${domId}-confirm`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          actions.cancel(grant);
        }
      }}
    >
      <p id={`${domId}-confirm`}>
        <strong>{t('confirm_title', grant.appName)}</strong>
      </p>
      {shown.length > 0 ? (
        <p>{more > 0 ? t('confirm_canNowMore', shown.join('; '), more) : t('confirm_canNow', shown.join('; '))}</p>
      ) : (
        <p>{t('confirm_canAct', providerName)}</p>
      )}
      {grant.revocable ? (
        <p class="quiet">{t('confirm_revocable', providerName)}</p>
      ) : (
        <p class="quiet">
          {t(
            'confirm_manual',
            providerName,
            manualPage ? manualPage.label : t('confirm_providerSettings', providerName),
          )}
        </p>
      )}
      <div class="confirm-actions">
        <button ref={primary} type="button" class="danger" onClick={() => actions.confirm(grant)}>
          {grant.revocable ? t('confirm_yes') : t('confirm_open', providerName)}
        </button>
        <button type="button" onClick={() => actions.cancel(grant)}>
          {t('common_cancel')}
        </button>
      </div>
    </div>
  );
}
