import { afterEach, describe, expect, it } from 'vitest';
import { holdableControlIn, startConsentHold } from '../../../src/content/consent-hold';
import type { ReportReply } from '../../../src/shared/to-content';

const SPEC = {
  mode: 'confirm',
  headline: 'Risky',
  appName: 'App',
  gets: ['Code (full)'],
  where: '203.0.113.7',
  reasons: ['Bare IP'],
} as const;

function page(): HTMLFormElement {
  document.body.innerHTML = `<form><button type="submit" id="accept">Accept</button><button type="submit" id="deny">Deny</button>
    <button type="button" id="cancel">Cancel</button><button type="button" id="allow"><span>Allow access</span></button>
    <button type="button" id="continue">Continue</button><button type="button" id="dont">Don't allow</button><a href="#" id="link">Learn more</a></form>`;
  const form = document.querySelector('form');
  if (!form) throw new Error('no form');
  return form;
}

const byId = (id: string): Element => document.getElementById(id) ?? document.body;

afterEach(() => {
  document.body.replaceChildren();
});

describe('the consent hold', () => {
  it('takes approving controls only: Accept, Allow, Continue; never Deny, Cancel or Don’t allow', () => {
    page();
    const held = ['accept', 'deny', 'cancel', 'allow', 'continue', 'dont', 'link'].filter((id) => {
      const target = id === 'allow' ? (byId(id).firstElementChild ?? byId(id)) : byId(id);
      return holdableControlIn([target, document.body]) !== null;
    });
    expect(held).toEqual(['accept', 'allow', 'continue']);
  });

  // Dispatched events are untrusted in browsers and jsdom alike; the e2e tier covers real clicks and click().
  it('lets untrusted clicks through: the page’s own scripts, and the replayed click after "Approve anyway"', () => {
    const form = page();
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted += 1;
    });
    const hold = startConsentHold(() => undefined);
    hold.onReply({ warning: null, verifiedApproval: true, consentHold: SPEC } satisfies ReportReply);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    expect(hold.holds(click)).toBe(false);
    byId('accept').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(submitted).toBe(1);
    expect(document.documentElement.querySelector('[data-consent-guard]')).toBeNull();
    hold.onReply({ warning: null });
  });
});
