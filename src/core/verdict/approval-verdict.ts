import { describeRequest } from '../approval/request';
import { brandingInUpperPortion } from '../detect/imitation';
import type { PageSnapshot } from '../page/snapshot-types';
import type { ApprovalEndpoint, Provider } from '../providers/types';
import { parsePageUrl, type PageUrl } from '../url/page-url';
import type { Framing } from './framing';
import type { Check, Verdict } from './types';

/**
 * The checks Azure DevOps asks its users to make on an approval page, for a page already on a registered
 * approval origin and path. Every failed check is danger; missing branding or a flawed request is caution.
 */
export function verifyApprovalPage(
  url: PageUrl,
  provider: Provider,
  endpoint: ApprovalEndpoint,
  framing: Framing,
  snapshot: PageSnapshot | null,
): Verdict {
  const request = describeRequest(url.search, provider);
  const checks: Check[] = [
    { id: 'origin', status: 'pass', reason: `The page is on ${endpoint.origin}, the registered ${provider.name} approval address.` },
    { id: 'https', status: 'pass', reason: 'The page is served over HTTPS.' },
    brandingCheck(provider, snapshot),
    framingCheck(framing),
    formTargetCheck(url, snapshot),
    request.problems.length === 0
      ? { id: 'request', status: 'pass', reason: 'The request is well formed.' }
      : { id: 'request', status: 'warn', reason: request.problems.join(' ') },
  ];
  const failed = checks.filter((check) => check.status === 'fail');
  const warned = checks.filter((check) => check.status === 'warn');
  const base = { kind: 'approval' as const, providerId: provider.id, providerName: provider.name, checks, request, realOrigin: endpoint.origin };
  if (failed.length > 0) {
    return {
      ...base,
      level: 'danger',
      headline: framing.framed ? `${provider.name} approval page hidden inside another site` : `Do not approve: this ${provider.name} approval page failed a check`,
      reasons: failed.map((check) => check.reason),
    };
  }
  if (warned.length > 0) {
    return { ...base, level: 'caution', headline: `${provider.name} approval page: check before you approve`, reasons: warned.map((check) => check.reason) };
  }
  return { ...base, level: 'ok', headline: `Verified ${provider.name} approval page`, reasons: [] };
}

function brandingCheck(provider: Provider, snapshot: PageSnapshot | null): Check {
  if (snapshot && brandingInUpperPortion(snapshot, provider)) {
    return { id: 'branding', status: 'pass', reason: `${provider.name} branding is shown at the top of the page.` };
  }
  return {
    id: 'branding',
    status: 'warn',
    reason: `The page does not show ${provider.name} branding at the top, as the real approval page does. It is on the right address, but look carefully.`,
  };
}

function framingCheck(framing: Framing): Check {
  if (!framing.framed) return { id: 'framing', status: 'pass', reason: 'The page is not inside another site.' };
  if (framing.sameOrigin) return { id: 'framing', status: 'pass', reason: 'The page is framed only by its own site.' };
  const by = framing.topHost ? ` (${framing.topHost})` : '';
  return {
    id: 'framing',
    status: 'fail',
    reason: `The approval page is inside another site's page${by}. That site can hide it under its own buttons to make you approve without knowing (clickjacking).`,
  };
}

function formTargetCheck(url: PageUrl, snapshot: PageSnapshot | null): Check {
  const elsewhere = snapshot?.forms.find((form) => form.crossOrigin || (form.action !== null && !form.action.startsWith('https:')));
  if (!elsewhere) return { id: 'form-target', status: 'pass', reason: 'Your answer is sent back to the same HTTPS address.' };
  const target = elsewhere.action === null ? null : parsePageUrl(elsewhere.action);
  const where = target ? `${target.protocol}//${target.hostname}` : 'another address';
  return {
    id: 'form-target',
    status: 'fail',
    reason: `The approval form sends your answer to ${where} instead of ${url.origin}.`,
  };
}
