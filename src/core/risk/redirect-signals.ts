import { findLookalike, type LookalikeTargets } from '../lookalike/lookalike';
import { hostnameToUnicode } from '../lookalike/punycode';
import type { Provider } from '../providers/types';
import { phrase } from '../text/phrase';
import { parsePageUrl } from '../url/page-url';
import { hostingKindOf } from './hosting';
import { mixesConfusableScripts } from './scripts';
import type { RiskSignal, SignalId, SignalWeight } from './types';

// Longer than any real redirect URI; the rest of a hostile value is not read.
const MAX_REDIRECT_LENGTH = 4_096;
const MAX_SHOWN_HOST = 80;
const DOTTED_QUAD = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Schemes that run or hold content in the browser itself: never a return address.
const CONTENT_SCHEMES = new Set(['javascript', 'data', 'blob', 'file', 'about', 'vbscript']);

function signal(id: SignalId, weight: SignalWeight, key: Parameters<typeof phrase>[0], ...subs: string[]): RiskSignal {
  return { id, topic: 'where', weight, reason: phrase(key, ...subs) };
}

function shown(host: string): string {
  return host.length > MAX_SHOWN_HOST ? `${host.slice(0, MAX_SHOWN_HOST - 1)}…` : host;
}

/**
 * The host as written in the URL text, lowercased, without userinfo or port: the URL parser rewrites `0x7f.1` and
 * `2130706433` to `127.0.0.1`, and the user should hear that the request wrote it otherwise.
 */
function writtenHost(raw: string): string {
  const afterScheme = raw.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '');
  const authority = afterScheme.split(/[/?#\\]/, 1)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase();
  return host.replace(/:\d*$/, '').replace(/\.+$/, '').toLowerCase();
}

function isLoopbackV4(host: string): boolean {
  return host.startsWith('127.');
}

/** `localhost`, `*.localhost`, `127.x.x.x` or `[::1]` as the URL parser normalizes them. */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    (DOTTED_QUAD.test(hostname) && isLoopbackV4(hostname))
  );
}

/**
 * Where the answer goes: signals about one `redirect_uri` value. Native-app schemes (`msauth.com.contoso://`,
 * `com.googleusercontent.apps.123:/`) hand the answer to an app on the device and say nothing here.
 */
export function redirectSignals(raw: string, provider: Provider, lookalikes: LookalikeTargets): RiskSignal[] {
  const value = raw.trim().slice(0, MAX_REDIRECT_LENGTH);
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase() ?? null;
  if (scheme !== null && scheme !== 'http' && scheme !== 'https') {
    return CONTENT_SCHEMES.has(scheme) ? [signal('redirect-invalid', 'strong', 'risk_redirectInvalid')] : [];
  }
  const url = parsePageUrl(value);
  if (!url || url.hostname === '') return [signal('redirect-invalid', 'strong', 'risk_redirectInvalid')];

  const signals: RiskSignal[] = [];
  const host = url.hostname;
  if (url.hasUserinfo) signals.push(signal('redirect-userinfo', 'strong', 'risk_redirectUserinfo', shown(host)));

  const written = writtenHost(value);
  const ipv6 = host.startsWith('[');
  const ipv4 = DOTTED_QUAD.test(host);
  const loopback = isLoopbackHost(host) && (!ipv4 || written === host);
  if (ipv4 && written !== host)
    signals.push(signal('redirect-odd-ip', 'strong', 'risk_redirectOddIp', shown(written), host));
  else if ((ipv4 || ipv6) && !loopback) signals.push(signal('redirect-ip', 'strong', 'risk_redirectIp', shown(host)));

  if (url.protocol === 'http:') {
    // A loopback answer never leaves the machine; the providers that allow it for native apps expect plain HTTP.
    if (!loopback) signals.push(signal('redirect-not-https', 'strong', 'risk_redirectNotHttps', shown(host)));
    else if (!provider.risk.loopbackHttp)
      signals.push(signal('redirect-not-https', 'weak', 'risk_redirectNotHttps', shown(host)));
  }
  if (ipv4 || ipv6 || loopback) return signals;

  signals.push(...hostNameSignals(host, lookalikes));
  return signals;
}

function hostNameSignals(host: string, lookalikes: LookalikeTargets): RiskSignal[] {
  const signals: RiskSignal[] = [];
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    const unicode = hostnameToUnicode(host);
    if (unicode === null || mixesConfusableScripts(unicode))
      signals.push(signal('redirect-mixed-script', 'strong', 'risk_redirectMixedScript', shown(host)));
    else signals.push(signal('redirect-idn', 'weak', 'risk_redirectIdn', shown(unicode), shown(host)));
  }
  const lookalike = findLookalike(host, lookalikes);
  if (lookalike)
    signals.push(signal('redirect-lookalike', 'strong', 'risk_redirectLookalike', shown(host), lookalike.target));
  switch (hostingKindOf(host)) {
    case 'tunnel':
      signals.push(signal('redirect-tunnel', 'strong', 'risk_redirectTunnel', shown(host)));
      break;
    case 'dynamic-dns':
      signals.push(signal('redirect-dynamic-dns', 'strong', 'risk_redirectDynamicDns', shown(host)));
      break;
    case 'shared':
      signals.push(signal('redirect-shared-host', 'weak', 'risk_redirectSharedHost', shown(host)));
      break;
    case null:
      break;
  }
  return signals;
}
