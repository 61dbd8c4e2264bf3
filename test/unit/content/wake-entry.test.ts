import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WakeReason } from '../../../src/content/idle-watch';

const woken = vi.hoisted((): WakeReason[] => []);
vi.mock('../../../src/content/wake', () => ({ wake: (reason: WakeReason) => woken.push(reason) }));
const { start } = await import('../../../src/content/wake-entry');

const COMMENT_FORM = '<form method="post"><textarea name="comment"></textarea><button>Post comment</button></form>';
// A form showing a provider's logo: the inspection gate lets it through as it loads (an unbranded one waits for focus).
const SIGN_IN =
  '<form method="post"><img src="/img/microsoft_logo.svg" alt=""><input type="email" name="email">' +
  '<input type="password" name="password"><button>Sign in</button></form>';

function page(title: string, body: string): void {
  document.title = title;
  document.body.replaceChildren(...new DOMParser().parseFromString(body, 'text/html').body.childNodes);
}

/** Markup added to the page later, and the watcher's settle interval passed. */
async function arrive(body: string): Promise<void> {
  document.body.append(...new DOMParser().parseFromString(body, 'text/html').body.childNodes);
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(300);
}

describe("the wake module's start", () => {
  afterEach(() => {
    vi.useRealTimers();
    woken.length = 0;
    page('', '');
  });

  it.each(['loaded', 'changed'] as const)(
    'starts the inspector at once on a sign-in page the idle script woke for (%s)',
    (kind) => {
      page('Riverside Outfitters', SIGN_IN);
      start({ kind });
      expect(woken).toEqual([{ kind }]);
    },
  );

  it('keeps watching, with the inspection gate, a page the idle script woke for but that has nothing to guard', async () => {
    vi.useFakeTimers();
    page('My trip to Lisbon', COMMENT_FORM);
    start({ kind: 'loaded' });
    expect(woken).toEqual([]);
    await arrive(SIGN_IN);
    expect(woken).toEqual([{ kind: 'changed' }]);
  });

  it('starts the inspector on a page that prints a device-login address, as it loads or when a message arrives', async () => {
    vi.useFakeTimers();
    const lure = '<p>To verify your account, open microsoft.com/devicelogin and enter your code LM3P9XQ2T.</p>';
    page('Support chat', COMMENT_FORM + lure);
    start({ kind: 'loaded' });
    expect(woken).toEqual([{ kind: 'loaded' }]);
    woken.length = 0;
    page('Support chat', COMMENT_FORM + '<p>Hello, this is the service desk.</p>');
    start({ kind: 'loaded' });
    expect(woken).toEqual([]);
    await arrive(lure);
    expect(woken).toEqual([{ kind: 'changed' }]);
  });

  it('passes focus and frames straight to the inspector, without a gate', () => {
    page('My trip to Lisbon', '<p>Nothing here</p>');
    const target = document.body;
    start({ kind: 'focus', target });
    start({ kind: 'frames' });
    expect(woken).toEqual([{ kind: 'focus', target }, { kind: 'frames' }]);
  });
});
