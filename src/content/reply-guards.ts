import { FINGERPRINT_BITS, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../core/password-alert/fingerprint';
import type { ReportReply, ToContentMessage } from '../shared/to-content';
import { HOLD_LIMITS, type ConsentHoldSpec } from '../shared/consent-hold-spec';
import { WARNING_LIMITS } from '../shared/warning-limits';
import type { WarningSpec } from '../shared/warning-spec';

/**
 * The content script's checks of what the background sends it: the same shapes as `ReportReplySchema` and
 * `ToContentMessageSchema` in shared/to-content.ts, which stay the protocol's definition, with the same limits. Written
 * out here
 * because valibot was a fifth of the content script that runs on every page (the 15 kB budget); a unit test
 * holds these checks and those schemas to the same answers on generated and hostile values.
 */

type Shape = Record<string, unknown>;

const FINGERPRINT = new RegExp(`^[0-9a-f]{${Math.ceil(FINGERPRINT_BITS / 4)}}$`);
const SALT = /^[0-9a-f]{32}$/;

function isShape(value: unknown, required: readonly string[], optional: readonly string[] = []): value is Shape {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return required.every((key) => key in value) && keys.every((key) => required.includes(key) || optional.includes(key));
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isWarningSpec(value: unknown): value is WarningSpec {
  if (!isShape(value, ['headline', 'reasons', 'realOrigin', 'continueAllowed'])) return false;
  const { headline, reasons, realOrigin, continueAllowed } = value;
  return (
    isText(headline, WARNING_LIMITS.text) &&
    Array.isArray(reasons) &&
    reasons.length <= WARNING_LIMITS.reasons &&
    reasons.every((reason) => isText(reason, WARNING_LIMITS.text)) &&
    (realOrigin === null || isText(realOrigin, WARNING_LIMITS.realOrigin)) &&
    typeof continueAllowed === 'boolean'
  );
}

function isEnrollment(value: unknown): boolean {
  if (!isShape(value, ['salt', 'fingerprint', 'length'])) return false;
  const { salt, fingerprint, length } = value;
  return (
    typeof salt === 'string' &&
    SALT.test(salt) &&
    typeof fingerprint === 'string' &&
    FINGERPRINT.test(fingerprint) &&
    Number.isInteger(length) &&
    (length as number) >= MIN_PASSWORD_LENGTH &&
    (length as number) <= MAX_PASSWORD_LENGTH
  );
}

function isPasswordAlertMode(value: unknown): boolean {
  if (isShape(value, ['watch'])) return isEnrollment(value['watch']);
  return isShape(value, ['enroll']) && value['enroll'] === true;
}

function isTextList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length <= HOLD_LIMITS.items &&
    value.every((item) => isText(item, WARNING_LIMITS.text))
  );
}

function isConsentHold(value: unknown): value is ConsentHoldSpec {
  if (!isShape(value, ['mode', 'headline', 'appName', 'gets', 'where', 'reasons'])) return false;
  const { mode, headline, appName, gets, where, reasons } = value;
  return (
    (mode === 'confirm' || mode === 'block') &&
    isText(headline, WARNING_LIMITS.text) &&
    (appName === null || isText(appName, HOLD_LIMITS.host)) &&
    isTextList(gets) &&
    (where === null || isText(where, HOLD_LIMITS.host)) &&
    isTextList(reasons)
  );
}

export function isReportReply(value: unknown): value is ReportReply {
  if (!isShape(value, ['warning'], ['verifiedApproval', 'passwordAlert', 'consentHold'])) return false;
  const { warning, verifiedApproval, passwordAlert, consentHold } = value;
  return (
    (warning === null || isWarningSpec(warning)) &&
    (verifiedApproval === undefined || typeof verifiedApproval === 'boolean') &&
    (passwordAlert === undefined || isPasswordAlertMode(passwordAlert)) &&
    (consentHold === undefined || isConsentHold(consentHold))
  );
}

export function isToContentMessage(value: unknown): value is ToContentMessage {
  return isShape(value, ['type', 'warning']) && value['type'] === 'show-warning' && isWarningSpec(value['warning']);
}
