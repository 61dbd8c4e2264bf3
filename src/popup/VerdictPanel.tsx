import type { ApprovalRequest } from '../core/approval/request';
import type { Check, Verdict } from '../core/verdict/types';
import type { TabState } from '../shared/tab-state';

const LEVEL_LABEL: Record<Verdict['level'], string> = {
  ok: 'Verified',
  caution: 'Caution',
  danger: 'Danger',
  none: 'Nothing to check',
};

const CHECK_LABEL: Record<Check['id'], string> = {
  origin: 'Address',
  https: 'HTTPS',
  branding: 'Branding',
  framing: 'Not framed',
  'form-target': 'Where the form sends',
  request: 'Request',
};

const STATUS_LABEL: Record<Check['status'], string> = { pass: 'passed', warn: 'needs attention', fail: 'failed' };

export function VerdictPanel({ state }: { state: TabState | null }) {
  if (!state || state.verdict.level === 'none') {
    return <p class="quiet">This page is not an authorization page and asks for no sign-in that Consent Guard protects.</p>;
  }
  const { verdict } = state;
  return (
    <div class={`verdict verdict-${verdict.level}`} data-level={verdict.level}>
      <p class="level">
        <span class="pill">{LEVEL_LABEL[verdict.level]}</span> {verdict.headline}
      </p>
      {verdict.reasons.length > 0 && (
        <ul class="reasons">
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {verdict.checks.length > 0 && (
        <ul class="checks" aria-label="Checks">
          {verdict.checks.map((check) => (
            <li key={check.id} class={`check check-${check.status}`} data-check={check.id}>
              <strong>
                {CHECK_LABEL[check.id]}: {STATUS_LABEL[check.status]}
              </strong>{' '}
              {check.reason}
            </li>
          ))}
        </ul>
      )}
      {verdict.request && <RequestPanel request={verdict.request} providerName={verdict.providerName ?? 'The provider'} />}
    </div>
  );
}

function RequestPanel({ request, providerName }: { request: ApprovalRequest; providerName: string }) {
  return (
    <section aria-labelledby="request-title" class="request">
      <h3 id="request-title">What you are asked to approve</h3>
      <dl>
        <dt>App (client id)</dt>
        <dd>{request.clientId ?? 'not given'}</dd>
        <dt>Sends you back to</dt>
        <dd>
          {request.redirect?.host ?? 'no valid address'}
          {request.redirect && (request.redirect.https ? ' (HTTPS)' : ' (not HTTPS)')}
        </dd>
        <dt>Anti-forgery state</dt>
        <dd>{request.statePresent ? 'present' : 'missing'}</dd>
        <dt>Response type</dt>
        <dd>{request.responseType ?? 'not given'}</dd>
      </dl>
      <h4>
        Access to {providerName} ({request.scopes.length} {request.scopes.length === 1 ? 'scope' : 'scopes'})
      </h4>
      <ul class="scopes">
        {request.scopes.map((scope) => (
          <li key={scope.id} class={scope.highPrivilege ? 'scope high' : 'scope'} data-scope={scope.id}>
            <span class="scope-title">{scope.title}</span>
            {scope.highPrivilege && <span class="flag"> High privilege</span>}
            <br />
            <span class="scope-desc">{scope.description}</span> <code>{scope.id}</code>
          </li>
        ))}
      </ul>
      {request.problems.length > 0 && (
        <ul class="problems" aria-label="Problems with this request">
          {request.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
