import english from '../../../public/_locales/en/messages.json';
import { consentHoldContent } from '../../../src/content/consent-hold-ui';
import { warningContent, warningDialogIn } from '../../../src/content/warning-ui';
import { messageFrom } from '../../support/substitute';

/**
 * Test-page bundle: the in-page warning's own builder and styles (or, on a page whose path is `/hold`, the consent
 * confirmation's), in an OPEN shadow root so axe can read them.
 * The product only ever mounts it in a closed shadow root, which no page script (and so no axe) can enter.
 */
Object.assign(globalThis, {
  browser: { i18n: { getMessage: (key: string, subs?: string | string[]) => messageFrom(english, key, subs) } },
});

const host = document.createElement('div');
host.setAttribute('data-test', 'warning-markup');
document.documentElement.append(host);
const hold = location.pathname === '/hold';
const dialog = warningDialogIn(host.attachShadow({ mode: 'open' }), hold ? 'cg-hold-title' : 'cg-title');
const noop = (): void => undefined;
const holdContent = (): Node[] =>
  consentHoldContent(
    {
      mode: 'confirm',
      headline: 'Genuine Azure DevOps page, risky request: think before you approve',
      appName: 'Release Notes Sync',
      gets: ['Code (full): Grants full access to source code.', 'Delegated Authorization Tokens'],
      where: '203.0.113.7',
      reasons: ['The answer goes to a bare IP address, 203.0.113.7, not to a named website.'],
    },
    { approve: noop, cancel: noop },
  );
dialog.replaceChildren(
  ...(hold
    ? holdContent()
    : warningContent(
        {
          headline: 'login-microsoftonline.example is not Microsoft but asks for your Microsoft account',
          reasons: [
            'This page looks like Microsoft sign-in and asks for your Microsoft password.',
            'What you type here would be sent to another website.',
          ],
          realOrigin: 'https://login.microsoftonline.com',
          continueAllowed: true,
        },
        { goBack: noop, continueAnyway: noop, askConfirm: () => dialog.classList.add('confirming'), report: noop },
      )),
);
dialog.showModal();
