import { matchDeviceCodePage } from '../core/device-code/endpoint';
import { parsePageUrl } from '../core/url/page-url';
import type { DeviceCodeReply } from '../shared/device-code-protocol';
import { evaluationContext } from './evaluation-context';
import { readPolicy } from './policy';

/**
 * What the device-code script on a page is told, from the sender's URL: whether it is a provider's genuine
 * device-code entry page, how the organisation wants it handled, and which origins are the provider's own
 * (arriving from those is not arriving from another site).
 */
export async function deviceCodePageReply(senderUrl: string): Promise<DeviceCodeReply> {
  const url = parsePageUrl(senderUrl);
  const policy = await readPolicy();
  const match = url ? matchDeviceCodePage(url, (await evaluationContext(policy)).providers) : null;
  if (!match) return { deviceCodePage: null };
  const { provider } = match;
  const own = [...(provider.deviceCodeEndpoints ?? []).map((endpoint) => endpoint.origin), ...provider.signInOrigins];
  return {
    deviceCodePage: {
      mode: policy.deviceCodeSignIn,
      message: policy.deviceCodeMessage,
      ownOrigins: [...new Set(own)].slice(0, 20),
    },
  };
}
