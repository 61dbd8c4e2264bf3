import { useEffect, useRef } from 'preact/hooks';
import type { Grant } from '../../core/authorizations/grant';
import type { ManagementLink } from '../../core/authorizations/management-links';
import { formatDate, isoDate } from './format';
import type { RevokeState } from './revoke-state';

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

const SOURCE_NOTE: Record<Grant['source'], string | null> = {
  live: null,
  recorded: 'Consent Guard saw you approve this app.',
  both: 'Consent Guard also saw you approve this app.',
};

export function GrantItem({ grant, domId, providerName, isNew, revoke, manualPage, actions }: Props) {
  const high = grant.scopes.filter((scope) => scope.highPrivilege).length;
  const pending = revoke?.state === 'pending';
  const revokeButton = useRef<HTMLButtonElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the flow, so keyboard users are never dropped back at the top of the popup.
  useEffect(() => {
    if (revoke?.state === 'failed') retryButton.current?.focus();
    else if (revoke === undefined && wasConfirming.current) revokeButton.current?.focus();
    wasConfirming.current = revoke?.state === 'confirming';
  }, [revoke]);

  return (
    <li class={isNew ? 'grant new' : 'grant'} aria-labelledby={`${domId}-name`} data-source={grant.source} data-grant-id={grant.id}>
      <p class="grant-head">
        <strong id={`${domId}-name`} class="grant-name">
          {grant.appName}
        </strong>
        {isNew && <span class="new-flag"> New since you last opened Consent Guard</span>}
      </p>
      {grant.publisher && <p class="publisher">by {grant.publisher}</p>}
      <dl>
        <dt>Granted</dt>
        <dd>
          <time dateTime={isoDate(grant.grantedAt)}>{formatDate(grant.grantedAt)}</time>
        </dd>
        <dt>Valid until</dt>
        <dd>{grant.validTo === null ? (grant.source === 'recorded' ? 'unknown' : 'not stated') : <time dateTime={isoDate(grant.validTo)}>{formatDate(grant.validTo)}</time>}</dd>
        <dt>Sends you back to</dt>
        <dd>{grant.redirectHost ?? 'unknown'}</dd>
      </dl>
      {SOURCE_NOTE[grant.source] && <p class="quiet source-note">{SOURCE_NOTE[grant.source]}</p>}
      <p class="scopes-head">
        What it can do{high > 0 && <span class="flag"> ({high} high privilege)</span>}:
      </p>
      <ScopeList grant={grant} />
      {revoke?.state !== 'confirming' && (
        <button ref={revokeButton} type="button" class="revoke" aria-disabled={pending} onClick={() => !pending && actions.ask(grant)}>
          Revoke<span class="visually-hidden"> {grant.appName}</span>
        </button>
      )}
      {revoke?.state === 'confirming' && <Confirm grant={grant} domId={domId} providerName={providerName} manualPage={manualPage} actions={actions} />}
      {pending && <p class="status">Revoking {grant.appName}…</p>}
      {revoke?.state === 'failed' && (
        <div class="revoke-error">
          <p>
            Could not revoke {grant.appName}: {revoke.message}
          </p>
          <button ref={retryButton} type="button" onClick={() => actions.confirm(grant)}>
            Retry<span class="visually-hidden"> revoking {grant.appName}</span>
          </button>
        </div>
      )}
      {revoke?.state === 'opened' && (
        <p class="status">
          Opened {revoke.label} in a new tab. Find {grant.appName} there and choose Revoke or Remove to take its access back.
        </p>
      )}
    </li>
  );
}

function ScopeList({ grant }: { grant: Grant }) {
  if (grant.scopes.length === 0) return <p class="quiet">The provider did not say which.</p>;
  return (
    <ul class="scopes">
      {grant.scopes.map((scope) => (
        <li key={scope.id} class={scope.highPrivilege ? 'scope high' : 'scope'} data-scope={scope.id}>
          <span class="scope-title">{scope.title}</span>
          {scope.highPrivilege && <span class="flag"> High privilege</span>}
        </li>
      ))}
    </ul>
  );
}

function Confirm({ grant, domId, providerName, manualPage, actions }: { grant: Grant; domId: string; providerName: string; manualPage: ManagementLink | null; actions: GrantActions }) {
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    primary.current?.focus();
  }, []);
  const titles = [...grant.scopes].sort((a, b) => Number(b.highPrivilege) - Number(a.highPrivilege)).map((scope) => scope.title);
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
        <strong>Take back {grant.appName}'s access?</strong>
      </p>
      {shown.length > 0 ? (
        <p>
          It can now: {shown.join('; ')}
          {more > 0 ? `; and ${more} more` : ''}.
        </p>
      ) : (
        <p>It can act on your {providerName} account.</p>
      )}
      {grant.revocable ? (
        <p class="quiet">Consent Guard asks {providerName} to revoke it, then checks that it is gone.</p>
      ) : (
        <p class="quiet">
          Consent Guard cannot revoke {providerName} apps for you. It opens {manualPage ? manualPage.label : `${providerName}'s settings`} in a new tab; find the app
          there and choose Revoke or Remove.
        </p>
      )}
      <div class="confirm-actions">
        <button ref={primary} type="button" class="danger" onClick={() => actions.confirm(grant)}>
          {grant.revocable ? 'Yes, revoke access' : `Open ${providerName} settings`}
        </button>
        <button type="button" onClick={() => actions.cancel(grant)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
