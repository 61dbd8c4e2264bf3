import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { canonicalOrigin, MAX_TRUSTED_ORIGINS } from '../shared/settings';
import type { SectionProps } from './OptionsApp';

/**
 * Origins to treat as a provider's own approval and sign-in pages, e.g. an Azure DevOps Server on premises. Only exact
 * HTTPS origins: a pattern or a path would let a look-alike in.
 */
export function TrustedOriginsSection({ reply, save }: SectionProps) {
  const [input, setInput] = useState('');
  const [providerId, setProviderId] = useState(reply.providers[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const mine = reply.settings.trustedOrigins;
  const managed = reply.managed.trustedOrigins;
  const nameOf = (id: string) => reply.providers.find((provider) => provider.id === id)?.name ?? id;

  const add = (event: Event) => {
    event.preventDefault();
    const origin = canonicalOrigin(input);
    const refusal =
      origin === null
        ? t('options_originInvalid')
        : [...mine, ...managed].some((entry) => entry.origin === origin)
          ? t('options_originDuplicate', origin)
          : mine.length >= MAX_TRUSTED_ORIGINS
            ? t('options_originTooMany', MAX_TRUSTED_ORIGINS)
            : null;
    setProblem(refusal);
    if (origin === null || refusal !== null) return;
    setInput('');
    setStatus(t('options_originAdded', origin, nameOf(providerId)));
    void save({ ...reply.settings, trustedOrigins: [...mine, { origin, providerId }] });
  };
  const remove = (origin: string) => {
    setStatus(t('options_originRemoved', origin));
    void save({ ...reply.settings, trustedOrigins: mine.filter((entry) => entry.origin !== origin) });
  };

  return (
    <section aria-labelledby="origins-title" class="panel">
      <h2 id="origins-title">{t('options_originsTitle')}</h2>
      <p class="quiet">{t('options_originsHelp')}</p>
      {managed.length + mine.length === 0 ? (
        <p class="quiet">{t('options_originsNone')}</p>
      ) : (
        <ul class="origins" aria-labelledby="origins-title">
          {managed.map((entry) => (
            <li key={`managed:${entry.origin}`} data-origin={entry.origin}>
              <code>{entry.origin}</code> {t('options_originAs', nameOf(entry.providerId))}{' '}
              <span class="managed-note">{t('managed_note')}</span>
            </li>
          ))}
          {mine.map((entry) => (
            <li key={entry.origin} data-origin={entry.origin}>
              <code>{entry.origin}</code> {t('options_originAs', nameOf(entry.providerId))}{' '}
              <button type="button" onClick={() => remove(entry.origin)}>
                {t('options_remove')}
                <span class="visually-hidden"> {entry.origin}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-origin" onSubmit={add} noValidate>
        <div class="field">
          <label for="origin-input">{t('options_originLabel')}</label>
          <input
            id="origin-input"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('options_originExample')}
            value={input}
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? 'origin-problem' : undefined}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="origin-provider">{t('options_originProvider')}</label>
          <select
            id="origin-provider"
            value={providerId}
            onChange={(event) => setProviderId(event.currentTarget.value)}
          >
            {reply.providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('options_originAdd')}</button>
        {problem !== null && (
          <p id="origin-problem" role="alert" class="problem">
            {problem}
          </p>
        )}
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
