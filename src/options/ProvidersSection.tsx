import { t } from '../shared/i18n';
import type { SectionProps } from './OptionsApp';

/** Which providers' pages Consent Guard checks. Providers the organisation's policy adds cannot be turned off here. */
export function ProvidersSection({ reply, save }: SectionProps) {
  const disabled = new Set(reply.settings.disabledProviders);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...disabled].filter((known) => known !== id) : [...disabled, id];
    void save({ ...reply.settings, disabledProviders: next });
  };
  return (
    <section aria-labelledby="providers-title" class="panel">
      <h2 id="providers-title">{t('options_providersTitle')}</h2>
      <fieldset>
        <legend>{t('options_providersLegend')}</legend>
        {reply.providers.map((provider) => (
          <div class="field" key={provider.id}>
            <label>
              <input
                type="checkbox"
                data-provider={provider.id}
                checked={provider.fromPolicy || !disabled.has(provider.id)}
                disabled={provider.fromPolicy}
                aria-describedby={provider.fromPolicy ? `provider-${provider.id}-managed` : undefined}
                onChange={(event) => toggle(provider.id, event.currentTarget.checked)}
              />{' '}
              {provider.name}
            </label>
            {provider.fromPolicy && (
              <span id={`provider-${provider.id}-managed`} class="managed-note">
                {' '}
                {t('managed_note')}
              </span>
            )}
          </div>
        ))}
      </fieldset>
    </section>
  );
}
