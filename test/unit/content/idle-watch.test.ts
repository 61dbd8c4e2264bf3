import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchUntilWake, type WakeReason } from '../../../src/content/idle-watch';
import { shouldInspect } from '../../../src/core/page/inspection-gate';

const PLAIN =
  '<header><form role="search"><input type="search" name="q"><button>Search</button></form></header><main><p>News</p></main>';
// A form showing a provider's logo: the inspection gate lets it through as it loads (an unbranded one waits for focus).
const SIGN_IN =
  '<form method="post"><img src="/img/microsoft_logo.svg" alt=""><input type="email" name="email">' +
  '<input type="password" name="password"><button>Sign in</button></form>';

/** Nodes parsed from test markup, adopted into the test document. */
function nodes(markup: string): Node[] {
  return [...new DOMParser().parseFromString(markup, 'text/html').body.childNodes].map((node) =>
    document.adoptNode(node),
  );
}

function page(title: string, body: string): void {
  document.title = title;
  document.body.replaceChildren(...nodes(body));
}

/** Starts a watcher and records its wake-ups; the settle timer runs on fake time. */
function watch(): WakeReason[] {
  const woken: WakeReason[] = [];
  watchUntilWake(shouldInspect, (reason) => woken.push(reason));
  return woken;
}

async function settle(): Promise<void> {
  // Mutation records are delivered in a microtask; the re-check then waits for the settle interval.
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(300);
}

describe('watchUntilWake', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    page('', '');
  });

  it('stays asleep on an ordinary page, through changes that bring nothing to guard', async () => {
    vi.useFakeTimers();
    page('Riverside Gazette', PLAIN);
    const woken = watch();
    document.querySelector('main')?.append(...nodes('<article><h2>Later story</h2><input type="checkbox"></article>'));
    await settle();
    expect(woken).toEqual([]);
  });

  it('wakes at once, for a read after the first frame, on a page that loads with a sign-in form', () => {
    page('Riverside Outfitters', SIGN_IN);
    expect(watch()).toEqual([{ kind: 'loaded' }]);
  });

  it('wakes once, after the settle interval, when a sign-in form is injected later', async () => {
    vi.useFakeTimers();
    page('Riverside Gazette', PLAIN);
    const woken = watch();
    document.body.append(...nodes(SIGN_IN));
    await Promise.resolve();
    expect(woken).toEqual([]);
    await settle();
    expect(woken).toEqual([{ kind: 'changed' }]);
    document.body.append(...nodes(SIGN_IN));
    await settle();
    expect(woken).toHaveLength(1);
  });

  it('on a page that never stops changing, runs the gate once per settle interval and still wakes for a form', async () => {
    vi.useFakeTimers();
    page('Riverside Gazette', PLAIN);
    const woken: WakeReason[] = [];
    let gateRuns = 0;
    let callbacks = 0;
    const Native = window.MutationObserver;
    // Counts the observer's callbacks: each one is a task's worth of work in the content script's world.
    class Counted extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          callbacks += 1;
          callback(records, observer);
        });
      }
    }
    vi.stubGlobal('MutationObserver', Counted);
    watchUntilWake(
      (doc) => {
        gateRuns += 1;
        return shouldInspect(doc);
      },
      (reason) => woken.push(reason),
    );
    const ticker = document.querySelector('main');
    // 100 changes a second for two seconds, as a live ticker makes.
    for (let tick = 0; tick < 200; tick += 1) {
      ticker?.append(...nodes(`<p>tick ${tick}</p>`));
      if (tick === 100) document.body.append(...nodes(SIGN_IN));
      await vi.advanceTimersByTimeAsync(10);
      if (tick === 99) expect(woken).toEqual([]);
    }
    await settle();
    expect(woken).toEqual([{ kind: 'changed' }]);
    // The run on load, then looks after 250, 500 and 1,000 ms of changes (the form came in at about 1 s); a look
    // per batch would be 100.
    expect(gateRuns).toBe(4);
    expect(callbacks).toBe(3);
  });

  it('looks again after 250 ms at the first change once a busy page has been quiet for a second', async () => {
    vi.useFakeTimers();
    page('Riverside Gazette', PLAIN);
    const woken = watch();
    const ticker = document.querySelector('main');
    for (let tick = 0; tick < 200; tick += 1) {
      ticker?.append(...nodes(`<p>tick ${tick}</p>`));
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(2_000);
    expect(woken).toEqual([]);
    document.body.append(...nodes(SIGN_IN));
    await settle();
    expect(woken).toEqual([{ kind: 'changed' }]);
  });

  // (jsdom has no isContentEditable, so editable content is left to the browsers.)
  it.each([
    ['a text area', '<textarea></textarea>', 'textarea'],
    ['an input the gate does not know', '<input type="text" name="q">', 'input'],
  ])('wakes when %s gets focus, and hands that element over', (_name, markup, selector) => {
    page('Riverside Gazette', PLAIN + markup);
    const woken = watch();
    const target = document.body.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(woken).toEqual([{ kind: 'focus', target }]);
  });

  it('does not wake for focus on something that cannot be typed into', () => {
    page('Riverside Gazette', PLAIN);
    const woken = watch();
    document.querySelector('button')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(woken).toEqual([]);
  });

  it('wakes a top page that holds frames, which must hear about dangers found in them', () => {
    page('Riverside Gazette', `${PLAIN}<iframe src="about:blank"></iframe>`);
    expect(window.length).toBeGreaterThan(0);
    expect(watch()).toEqual([{ kind: 'frames' }]);
  });
});
