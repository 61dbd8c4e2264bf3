import { afterEach, describe, expect, it } from 'vitest';
import { watchUntilWake, type WakeReason } from '../../../src/content/idle-watch';

function page(body: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(body, 'text/html').body.childNodes);
}

const NEVER = (): boolean => false;

describe('the idle watcher and links to device-code pages', () => {
  afterEach(() => page(''));

  it.each([
    // The pointer lands on what the link holds, not on the link itself.
    [
      'pointing at',
      'b',
      (target: HTMLElement) => target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })),
    ],
    ['focusing', 'a', (target: HTMLElement) => target.focus()],
  ])('wakes the inspection on %s a link to a device-code page (a possible lure)', (_name, selector, act) => {
    page(
      '<p>To join, open <a href="https://microsoft.com/devicelogin"><b>microsoft.com/devicelogin</b></a> and enter the code FBT6ZJ7KA.</p>',
    );
    const woken: WakeReason[] = [];
    watchUntilWake(NEVER, (reason) => woken.push(reason));
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) throw new Error('fixture has a link');
    act(target);
    expect(woken).toEqual([{ kind: 'device-code' }]);
  });

  it('stays asleep on other links', () => {
    page(
      '<p><a href="https://www.microsoft.com/en-us/microsoft-365">Microsoft 365</a> <a href="/devices">Devices</a></p>',
    );
    const woken: WakeReason[] = [];
    watchUntilWake(NEVER, (reason) => woken.push(reason));
    for (const link of document.querySelectorAll('a')) {
      link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      link.focus();
    }
    expect(woken).toEqual([]);
  });

  it('wakes the inspection when the user copies from a page that prints a device-login address', () => {
    page('<p>To join, open microsoft.com/devicelogin and enter this code:</p><p><strong>RQ7TWK2PM</strong></p>');
    const woken: WakeReason[] = [];
    watchUntilWake(NEVER, (reason) => woken.push(reason));
    document.querySelector('strong')?.dispatchEvent(new Event('copy', { bubbles: true }));
    expect(woken).toEqual([{ kind: 'device-code' }]);
  });

  it('stays asleep when the user copies from a page that names no device-login address', () => {
    page('<p>Your order number is RQ7TWK2PM. Track it at shop.example/orders.</p>');
    const woken: WakeReason[] = [];
    watchUntilWake(NEVER, (reason) => woken.push(reason));
    document.querySelector('p')?.dispatchEvent(new Event('copy', { bubbles: true }));
    expect(woken).toEqual([]);
  });
});
