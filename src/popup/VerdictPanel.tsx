import type { ApprovalRequest } from '../core/approval/request';
import type { Check, Verdict } from '../core/verdict/types';
import { say, t, type MessageKey } from '../shared/i18n';
import type { TabState } from '../shared/tab-state';
import { RiskPanel, ScopeList } from './RiskPanel';

const LEVEL_LABEL: Record<Verdict['level'], MessageKey> = {
  ok: 'level_ok',
  caution: 'level_caution',
  danger: 'level_danger',
  none: 'level_none',
};

const CHECK_LABEL: Record<Check['id'], MessageKey> = {
  origin: 'checkName_origin',
  https: 'checkName_https',
  branding: 'checkName_branding',
  framing: 'checkName_framing',
  'form-target': 'checkName_formTarget',
  request: 'checkName_request',
};

const STATUS_LABEL: Record<Check['status'], MessageKey> = {
  pass: 'checkStatus_pass',
  warn: 'checkStatus_warn',
  fail: 'checkStatus_fail',
};

export function VerdictPanel({ state }: { state: TabState | null }) {
  if (!state || state.verdict.level === 'none') {
    return <p class="quiet">{t('popup_nothingHere')}</p>;
  }
  const { verdict } = state;
  const reasons = verdict.reasons.map(say);
  return (
    <div class={`verdict verdict-${verdict.level}`} data-level={verdict.level}>
      <p class="level">
        <span class="pill">{t(LEVEL_LABEL[verdict.level])}</span> {say(verdict.headline)}
      </p>
      {reasons.length > 0 && (
        <ul class="reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {verdict.checks.length > 0 && (
        <ul class="checks" aria-label={t('popup_checksLabel')}>
          {verdict.checks.map((check) => (
            <li key={check.id} class={`check check-${check.status}`} data-check={check.id}>
              <strong>{t('check_line', t(CHECK_LABEL[check.id]), t(STATUS_LABEL[check.status]))}</strong>{' '}
              {say(check.reason)}
            </li>
          ))}
        </ul>
      )}
      {verdict.request && verdict.risk && (
        <RiskPanel
          risk={verdict.risk}
          request={verdict.request}
          providerId={verdict.providerId}
          providerName={verdict.providerName ?? t('popup_theProvider')}
        />
      )}
      {verdict.request && (
        <RequestPanel
          request={verdict.request}
          providerName={verdict.providerName ?? t('popup_theProvider')}
          listScopes={!verdict.risk}
        />
      )}
    </div>
  );
}

function RequestPanel({
  request,
  providerName,
  listScopes,
}: {
  request: ApprovalRequest;
  providerName: string;
  listScopes: boolean;
}) {
  const redirect = request.redirect;
  const problems = request.problems.map(say);
  return (
    <section aria-labelledby="request-title" class="request">
      <h3 id="request-title">{t('request_title')}</h3>
      <dl>
        <dt>{t('request_app')}</dt>
        <dd>{request.clientId ?? t('request_notGiven')}</dd>
        <dt>{t('request_sendsBack')}</dt>
        <dd>
          {redirect?.host == null
            ? t('request_noValidAddress')
            : redirect.https
              ? t('request_redirectHttps', redirect.host)
              : t('request_redirectHttp', redirect.host)}
        </dd>
        <dt>{t('request_state')}</dt>
        <dd>{request.statePresent ? t('request_present') : t('request_missingValue')}</dd>
        <dt>{t('request_responseType')}</dt>
        <dd>{request.responseType ?? t('request_notGiven')}</dd>
      </dl>
      <h4>
        {request.scopes.length === 1
          ? t('request_accessOne', providerName)
          : t('request_accessMany', providerName, request.scopes.length)}
      </h4>
      {listScopes && <ScopeList scopes={request.scopes} providerName={providerName} />}
      {problems.length > 0 && (
        <ul class="problems" aria-label={t('request_problemsLabel')}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
