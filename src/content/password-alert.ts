import { candidateIn, fingerprintOf, isEnrollable, newSalt, type Enrollment } from '../core/password-alert/fingerprint';
import type { ContentMessage } from '../shared/messages';
import type { PasswordAlertMode } from '../shared/password-alert-mode';

// Typing is checked on a short trailing delay: one hash per pause, and always for the latest value.
const CHECK_DELAY_MS = 60;

let started = false;

/**
 * The optional password-reuse alert. What the user types is hashed in the page and compared with the
 * enrolled fingerprint; neither the text nor its hash ever leaves this content script, only the verdict
 * "it matched". Enrollment (on Microsoft's own sign-in page) sends the salted, truncated hash to be stored.
 */
export function startPasswordAlert(mode: PasswordAlertMode, send: (message: ContentMessage) => void): void {
  if (started) return;
  started = true;
  if ('watch' in mode) watchTyping(mode.watch, send);
  else enrollOnSubmit(send);
}

function watchTyping(enrollment: Enrollment, send: (message: ContentMessage) => void): void {
  let field: HTMLInputElement | HTMLTextAreaElement | null = null;
  let timer: number | undefined;
  let reported = false;
  const check = (): void => {
    timer = undefined;
    const candidate = field ? candidateIn(field.value, enrollment.length) : null;
    if (candidate === null || reported) return;
    if (fingerprintOf(candidate, enrollment.salt) !== enrollment.fingerprint) return;
    reported = true;
    send({ type: 'password-reuse-detected' });
  };
  window.addEventListener(
    'input',
    (event) => {
      const target = event.composedPath()[0];
      if (!event.isTrusted || !(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
      field = target;
      timer ??= window.setTimeout(check, CHECK_DELAY_MS);
    },
    true,
  );
}

/** Enrollment on Microsoft's own sign-in page, when the password is sent with Enter or the sign-in button. */
function enrollOnSubmit(send: (message: ContentMessage) => void): void {
  const enroll = (password: string): void => {
    if (!isEnrollable(password)) return;
    const salt = newSalt((bytes) => crypto.getRandomValues(bytes));
    send({
      type: 'password-alert-enroll',
      enrollment: { salt, fingerprint: fingerprintOf(password, salt), length: password.length },
    });
  };
  const filledPassword = (scope: ParentNode): string | null => {
    for (const input of scope.querySelectorAll('input[type="password"]')) {
      if (input instanceof HTMLInputElement && input.value !== '') return input.value;
    }
    return null;
  };
  window.addEventListener(
    'keydown',
    (event) => {
      const target = event.composedPath()[0];
      if (event.isTrusted && event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'password')
        enroll(target.value);
    },
    true,
  );
  window.addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      if (!event.isTrusted || !(target instanceof Element)) return;
      const button = target.closest('button, input[type="submit"]');
      if (!button) return;
      const password = filledPassword(button.closest('form') ?? document);
      if (password !== null) enroll(password);
    },
    true,
  );
}
