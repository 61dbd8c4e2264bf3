import type { ApprovalRequest, RequestedScope } from '../core/approval/request';
import { managementPageForApp } from '../core/authorizations/management-links';
import { providerById } from '../core/providers/registry';
import { byTier } from '../core/risk/scope-order';
import type { RequestRisk, RiskLevel, ScopeTier } from '../core/risk/types';
import { say, t, type MessageKey } from '../shared/i18n';

const LEVEL_LABEL: Record<RiskLevel, MessageKey> = {
  high: 'risk_levelHigh',
  review: 'risk_levelReview',
  none: 'risk_levelNone',
};
const TIER_LABEL: Record<ScopeTier, MessageKey | null> = {
  high: 'tier_high',
  sensitive: 'tier_sensitive',
  basic: null,
};

interface Props {
  readonly risk: RequestRisk;
  readonly request: ApprovalRequest;
  readonly providerId: string | null;
  readonly providerName: string;
}

/**
 * "What this app could do": the request's risk, what it gets (riskiest first), where the answer goes, who asks, why.
 */
export function RiskPanel({ risk, request, providerId, providerName }: Props) {
  const provider = providerId === null ? undefined : providerById(providerId);
  const review = provider ? managementPageForApp(provider, request.clientId) : null;
  const where = risk.signals.filter((signal) => signal.topic === 'where');
  const redirect = request.redirect;
  return (
    <section aria-labelledby="risk-title" class={`risk risk-${risk.level}`} data-risk={risk.level}>
      <h3 id="risk-title">
        {t('risk_blockTitle')} <span class="pill">{t(LEVEL_LABEL[risk.level])}</span>
      </h3>
      <ScopeList scopes={request.scopes} providerName={providerName} />
      <h4>{t('risk_whereTitle')}</h4>
      <p class={where.length > 0 ? 'flagged' : undefined}>
        {redirect === null
          ? t('risk_noRedirect')
          : redirect.host === null
            ? t('request_noValidAddress')
            : redirect.host}
      </p>
      <h4>{t('risk_whoTitle')}</h4>
      <p>{risk.appName ?? t('risk_appUnnamed')}</p>
      {risk.allowedByPolicy && <p class="quiet">{t('risk_allowedByPolicy')}</p>}
      {risk.signals.length > 0 && (
        <>
          <h4>{t('risk_signalsTitle')}</h4>
          <ul class="risk-signals">
            {risk.signals.map((signal) => (
              <li
                key={`${signal.id}:${signal.reason.subs.join('|')}`}
                data-signal={signal.id}
                data-weight={signal.weight}
              >
                {say(signal.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
      {review && (
        <p>
          <a href={review.url} target="_blank" rel="noreferrer noopener">
            {t('risk_reviewLink', review.label)}
          </a>
        </p>
      )}
    </section>
  );
}

/** Each scope with its tier, riskiest first; the provider's own description where it has one. */
export function ScopeList({ scopes, providerName }: { scopes: readonly RequestedScope[]; providerName: string }) {
  return (
    <ul class="scopes">
      {byTier(scopes).map((scope) => {
        const label = TIER_LABEL[scope.tier];
        return (
          <li
            key={scope.id}
            class={`scope tier-${scope.tier}${scope.highPrivilege ? ' high' : ''}`}
            data-scope={scope.id}
            data-tier={scope.tier}
          >
            <span class="scope-title">{scope.title}</span>
            {label && <span class="flag"> {t(label)}</span>}
            <br />
            <span class="scope-desc">
              {scope.known ? scope.description : t('scope_undocumented', providerName)}
            </span>{' '}
            <code>{scope.id}</code>
          </li>
        );
      })}
    </ul>
  );
}
