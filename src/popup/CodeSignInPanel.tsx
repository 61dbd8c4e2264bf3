import type { CodeSignIn } from '../shared/code-trail';
import { t } from '../shared/i18n';

/** The app a device code is signing in, as the provider's page after the code names it. */
export function CodeSignInPanel({ signIn }: { signIn: CodeSignIn }) {
  return (
    <div class="code-sign-in" role="note" data-code-sign-in="">
      <p>
        <strong>{t('codeSignIn_app', signIn.app)}</strong> {t('codeSignIn_stop')}
      </p>
      <p class="quiet">{t('codeSignIn_namedBy', signIn.account)}</p>
    </div>
  );
}
