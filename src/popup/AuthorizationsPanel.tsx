import { PROVIDERS } from '../core/providers/registry';

/** Where each provider lets the user review and revoke the apps they authorized. */
export function AuthorizationsPanel() {
  return (
    <section aria-labelledby="grants-title" class="panel">
      <h2 id="grants-title">Your authorizations</h2>
      <p class="quiet">Review and revoke the apps you have authorized on each provider's own page:</p>
      <ul class="links">
        {PROVIDERS.flatMap((provider) =>
          provider.management
            .filter((page) => !page.url.includes('{'))
            .map((page) => (
              <li key={page.url}>
                <a href={page.url} target="_blank" rel="noreferrer">
                  {page.label}
                </a>
              </li>
            )),
        )}
      </ul>
    </section>
  );
}
