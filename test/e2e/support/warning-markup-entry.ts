import english from '../../../public/_locales/en/messages.json';
import { warningContent, warningDialogIn } from '../../../src/content/warning-ui';
import { messageFrom } from '../../support/substitute';

/**
 * Test-page bundle: the in-page warning's own builder and styles, in an OPEN shadow root so axe can read them.
 * The product only ever mounts it in a closed shadow root, which no page script (and so no axe) can enter.
 */
Object.assign(globalThis, { browser: { i18n: { getMessage: (key: string, subs?: string | string[]) => messageFrom(english, key, subs) } } });

const host = document.createElement('div');
host.setAttribute('data-test', 'warning-markup');
document.documentElement.append(host);
const dialog = warningDialogIn(host.attachShadow({ mode: 'open' }));
const noop = (): void => undefined;
dialog.replaceChildren(
  ...warningContent(
    {
      headline: 'login-microsoftonline.example is not Microsoft but asks for your Microsoft account',
      reasons: ['This page looks like Microsoft sign-in and asks for your Microsoft password.', 'What you type here would be sent to another website.'],
      realOrigin: 'https://login.microsoftonline.com',
      continueAllowed: true,
    },
    { goBack: noop, continueAnyway: noop, askConfirm: () => dialog.classList.add('confirming'), report: noop },
  ),
);
dialog.showModal();
