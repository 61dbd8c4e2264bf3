import { useState } from 'preact/hooks';
import type { Grant } from '../../core/authorizations/grant';
import type { ManagementLink } from '../../core/authorizations/management-links';
import { isNewSince } from '../../core/authorizations/merge';
import type { ProviderGrants } from '../../core/authorizations/view';
import { GrantItem, type GrantActions } from './GrantItem';
import { grantDomId, revokeKey, type RevokeState } from './revoke-state';

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
          {group.dropped} {group.dropped === 1 ? 'entry' : 'entries'} from {group.providerName} could not be read and {group.dropped === 1 ? 'is' : 'are'} not shown.
        </p>
      )}
      {visible.length > 0 && (
        <ul class="grants" aria-label={`${group.providerName} authorizations`}>
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
          Show {Math.min(remaining, PAGE_SIZE)} more of {remaining} remaining
        </button>
      )}
      {(group.status !== 'ok' || group.grants.length === 0) && group.links.length > 0 && <ManagementLinks group={group} />}
    </section>
  );
}

function GroupStatus({ group, onReload }: { group: ProviderGrants; onReload: () => void }) {
  const name = group.providerName;
  switch (group.status) {
    case 'signed-out':
      return (
        <div class="group-status signed-out">
          <p>You are not signed in to {name}, so Consent Guard cannot list the apps you authorized there.</p>
          {group.signInUrl && (
            <p>
              <a href={group.signInUrl} target="_blank" rel="noreferrer" class="sign-in">
                Sign in to {name}
              </a>
              , then{' '}
              <button type="button" class="link-button" onClick={onReload}>
                check again
              </button>
              .
            </p>
          )}
        </div>
      );
    case 'error':
      return (
        <div class="group-status error">
          <p>
            Could not read your {name} authorizations. {group.message}
          </p>
          <p>
            <button type="button" onClick={onReload}>
              Try again
            </button>
          </p>
        </div>
      );
    case 'ok':
      return group.grants.length === 0 ? <p class="quiet empty">No apps are authorized on your {name} account.</p> : null;
    case 'recorded-only':
      return group.grants.length === 0 ? (
        <p class="quiet empty">Consent Guard has not seen you approve any {name} apps.</p>
      ) : (
        <p class="quiet">Apps Consent Guard saw you approve. {name} keeps the full list on its own page.</p>
      );
  }
}

function ManagementLinks({ group }: { group: ProviderGrants }) {
  return (
    <div class="manage">
      <p class="quiet">Review and revoke {group.providerName} apps on:</p>
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
