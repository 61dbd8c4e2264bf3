import type { DeviceCodeReply } from '../shared/device-code-protocol';

/**
 * The device-code script's check of the background's answer: the same shape as `DeviceCodeReplySchema` (the
 * protocol's definition), written out so that the script carries no schema library. A unit test holds the two
 * to the same answers.
 */
export function isDeviceCodeReply(value: unknown): value is DeviceCodeReply {
  if (!isRecord(value, ['deviceCodePage'])) return false;
  const page = value['deviceCodePage'];
  if (page === null) return true;
  if (!isRecord(page, ['mode', 'message', 'ownOrigins'])) return false;
  const { mode, message, ownOrigins } = page;
  return (
    (mode === 'warn' || mode === 'block') &&
    (message === null || (typeof message === 'string' && message.length <= 400)) &&
    Array.isArray(ownOrigins) &&
    ownOrigins.length <= 20 &&
    ownOrigins.every((origin) => typeof origin === 'string' && origin.length <= 200)
  );
}

function isRecord(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}
