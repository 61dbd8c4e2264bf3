import { phrase } from '../text/phrase';
import { NO_VERDICT, type Verdict } from '../verdict/types';
import type { DeviceCodeMatch } from './endpoint';

/**
 * A provider's genuine device-code entry page: every check a user could make passes, and that is the attack, so it
 * is never `OK`. Caution, with the one question that decides it: did the user start this sign-in themselves?
 */
export function deviceCodePageVerdict(match: DeviceCodeMatch): Verdict {
  const { provider, endpoint } = match;
  return {
    ...NO_VERDICT,
    level: 'caution',
    kind: 'device-code',
    providerId: provider.id,
    providerName: provider.name,
    headline: phrase('verdict_deviceCodePage', endpoint.account),
    reasons: [phrase('reason_deviceCodePage', endpoint.account)],
  };
}
