import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { guardCodeField } from '../../../src/content/device-code-guard';
import { noteContent } from '../../../src/content/device-code-note';
import { isDeviceCodeReply } from '../../../src/content/device-code-reply';
import { DeviceCodeReplySchema, type DeviceCodePage } from '../../../src/shared/device-code-protocol';
import { deviceCodeHtml } from '../device-code/fixtures';

function load(file: string): void {
  const parsed = new DOMParser().parseFromString(deviceCodeHtml(file), 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}

function submitted(form: HTMLFormElement): boolean {
  let arrived = false;
  const listener = (event: Event): void => {
    arrived = true;
    event.preventDefault();
  };
  form.addEventListener('submit', listener);
  form.requestSubmit();
  form.removeEventListener('submit', listener);
  return arrived;
}

const WARN: DeviceCodePage = { mode: 'warn', message: null, ownOrigins: ['https://login.microsoftonline.com'] };

/** The guard on the fixture's code field, as the device-code script starts it once the background has confirmed the page. */
function guardPage(page: DeviceCodePage): void {
  const field = document.querySelector('input[name*="otc" i], input[name*="code" i]');
  if (!field) throw new Error('fixture has a code field');
  guardCodeField(field, page);
}

describe('the device-code guard on a genuine code-entry page', () => {
  afterEach(() => document.body.replaceChildren());

  it('puts the note after the code form, in a host of its own, and leaves the form alone when the user came directly', () => {
    load('entra-deviceauth.html');
    guardPage(WARN);
    const form = document.querySelector('form');
    if (!form) throw new Error('fixture has a form');
    const host = form.nextElementSibling;
    expect(host?.getAttribute('data-consent-guard')).toBe('device-code-note');
    // Closed: the page cannot read what it says.
    expect(host?.shadowRoot).toBeNull();
    expect(submitted(form)).toBe(true);
  });

  it('holds the code when the tab came from another site', () => {
    load('entra-deviceauth.html');
    Object.defineProperty(document, 'referrer', {
      value: 'https://teams-meet.events-portal.example/invite/4471',
      configurable: true,
    });
    try {
      guardPage(WARN);
    } finally {
      Reflect.deleteProperty(document, 'referrer');
    }
    const form = document.querySelector('form');
    if (!form) throw new Error('fixture has a form');
    expect(submitted(form)).toBe(false);
  });

  it('holds the code for good where the organisation blocks the flow', () => {
    load('github-device.html');
    guardPage({ mode: 'block', message: 'Ask IT.', ownOrigins: [] });
    const form = document.querySelector('form');
    if (!form) throw new Error('fixture has a form');
    expect(submitted(form)).toBe(false);
  });

  it('puts the note back when the page removes it', async () => {
    load('google-device.html');
    guardPage(WARN);
    document.querySelector('[data-consent-guard]')?.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('[data-consent-guard="device-code-note"]')).toHaveLength(1);
  });
});

describe('the note', () => {
  it('asks the question, and lifts a hold only on the user’s own click', () => {
    let confirmed = 0;
    const nodes = noteContent({ kind: 'held', site: 'lure.example', onConfirm: () => (confirmed += 1) });
    const text = nodes.map((node) => node.textContent).join(' ');
    expect(text).toContain('Did you start this sign-in on a device of your own, just now?');
    expect(text).toContain('lure.example');
    const button = nodes.find((node): node is HTMLButtonElement => node instanceof HTMLButtonElement);
    // A click the page dispatches is not trusted.
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button?.click();
    expect(confirmed).toBe(0);
  });

  it('shows the organisation’s message with a block', () => {
    const text = noteContent({ kind: 'blocked', message: 'Use the company portal instead.' })
      .map((node) => node.textContent)
      .join(' ');
    expect(text).toContain('Use the company portal instead.');
  });
});

// The script checks the background's answer by hand; the schema stays the protocol. Both must agree.
describe('isDeviceCodeReply', () => {
  const page = { mode: 'warn', message: null, ownOrigins: ['https://github.com'] };
  it.each([
    { deviceCodePage: null },
    { deviceCodePage: page },
    { deviceCodePage: { ...page, mode: 'block', message: 'Ask IT.' } },
    { deviceCodePage: { ...page, mode: 'hold' } },
    { deviceCodePage: { ...page, message: 'x'.repeat(401) } },
    { deviceCodePage: { ...page, ownOrigins: Array.from({ length: 21 }, () => 'https://a.example') } },
    { deviceCodePage: { ...page, ownOrigins: [42] } },
    { deviceCodePage: { ...page, extra: 1 } },
    { deviceCodePage: page, extra: 1 },
    {},
    null,
    'deviceCodePage',
    [page],
  ])('%j', (value) => {
    expect(isDeviceCodeReply(value)).toBe(v.is(DeviceCodeReplySchema, value));
  });
});
