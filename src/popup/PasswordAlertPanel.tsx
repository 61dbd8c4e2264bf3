import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { PageMessage } from '../shared/messages';

const StatusSchema = v.object({ enabled: v.boolean(), enrolledAt: v.nullable(v.number()), homeOrigin: v.nullable(v.string()) });
type Status = v.InferOutput<typeof StatusSchema>;

async function send(message: PageMessage): Promise<Status> {
  const parsed = v.safeParse(StatusSchema, await browser.runtime.sendMessage(message));
  if (!parsed.success) throw new Error('The background answered with something unexpected.');
  return parsed.output;
}

/** Opt-in: warn when the Microsoft password is typed anywhere but Microsoft's sign-in pages. */
export function PasswordAlertPanel() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send({ type: 'get-password-alert' }).then(setStatus, (e: unknown) => setError(String(e)));
  }, []);
  const toggle = (enabled: boolean) => {
    send({ type: 'set-password-alert', enabled }).then(setStatus, (e: unknown) => setError(String(e)));
  };
  return (
    <section aria-labelledby="password-alert-title" class="panel">
      <h2 id="password-alert-title">Password alert</h2>
      {error && <p role="alert">{error}</p>}
      <label class="toggle">
        <input
          type="checkbox"
          checked={status?.enabled ?? false}
          disabled={status === null}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />{' '}
        Warn me if I type my Microsoft password on a site that is not Microsoft
      </label>
      {status?.enabled && (
        <p class="quiet" aria-live="polite">
          {status.enrolledAt === null
            ? `To finish, sign in once at ${status.homeOrigin ?? 'the Microsoft sign-in page'}. Consent Guard keeps only a salted, shortened hash of the password, on this device.`
            : `Active since ${new Date(status.enrolledAt).toLocaleString()}. Only a salted, shortened hash of your password is kept, on this device.`}
        </p>
      )}
    </section>
  );
}
