/**
 * The bench pages, generated so their size is exact and reproducible. Markup is emitted without whitespace
 * between tags, so every node counted here is an element or a text node the browser builds.
 */

export const TARGET_NODES = 10_000;

const TOPICS = [
  'harbour',
  'orchard',
  'railway',
  'library',
  'festival',
  'market',
  'bridge',
  'meadow',
  'museum',
  'canal',
];

/** An ordinary news-style article card: 13 nodes, no form, no sign-in wording, no provider names. */
function card(index: number): string {
  const topic = TOPICS[index % TOPICS.length] ?? 'town';
  return (
    `<article class="card"><h3>The ${topic} story number ${index}</h3>` +
    `<p>Residents gathered near the ${topic} on day ${index} to talk about <a href="/stories/${index}">plans for the season</a> and the weather.</p>` +
    `<ul class="tags"><li>${topic}</li><li>local</li></ul></article>`
  );
}
const CARD_NODES = 13;

interface Shell {
  title: string;
  /** Markup placed before the cards, and how many nodes it holds. */
  top: string;
  topNodes: number;
  script?: string;
}

/**
 * Real pages are styled, and with a style sheet present the snapshot reads computed style (up to its cap)
 * instead of inline style only: an unstyled bench page would flatter it.
 */
const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}header{display:flex;gap:12px;padding:8px 16px;background:#f4f4f4}' +
  'main{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;padding:16px}.card{border:1px solid #ddd;border-radius:6px;padding:8px}' +
  '.tags{display:flex;gap:6px;list-style:none;padding:0}.tags li{background:#eef;border-radius:3px;padding:0 4px}' +
  'form label,form input,form button{display:block;margin:4px 0}';

/** html, head, meta, title + text, style + text, body, main, and (when present) script + its text. */
function shellNodes(shell: Shell): number {
  return 9 + shell.topNodes + (shell.script === undefined ? 0 : 2);
}

function page(shell: Shell): { html: string; nodes: number } {
  const room = TARGET_NODES - shellNodes(shell);
  const count = Math.floor(room / CARD_NODES);
  const cards: string[] = [];
  for (let index = 0; index < count; index += 1) cards.push(card(index));
  const script = shell.script === undefined ? '' : `<script>${shell.script}</script>`;
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${shell.title}</title><style>${STYLE}</style></head>` +
    `<body>${shell.top}<main>${cards.join('')}</main>${script}</body></html>`;
  return { html, nodes: shellNodes(shell) + count * CARD_NODES };
}

// header, nav, 4 × (a + text), form, input, button + text: 14 nodes. A search box is on most ordinary pages.
const NEWS_HEADER =
  '<header><nav><a href="/">Home</a><a href="/city">City</a><a href="/sport">Sport</a><a href="/culture">Culture</a></nav>' +
  '<form action="/search" role="search"><input type="search" name="q"><button>Search</button></form></header>';
const NEWS_HEADER_NODES = 14;

/** Figure 1: nothing to guard. */
export function plainPage(): { html: string; nodes: number } {
  return page({ title: 'Riverside Gazette', top: NEWS_HEADER, topNodes: NEWS_HEADER_NODES });
}

// form, h1 + text, 2 × (label + text, input), button + text, p, a + text: 14 nodes.
const SIGN_IN_FORM =
  '<form action="/session" method="post"><h1>Sign in to Riverside Outfitters</h1>' +
  '<label for="email">Email</label><input id="email" type="email" name="email" autocomplete="username">' +
  '<label for="password">Password</label><input id="password" type="password" name="password" autocomplete="current-password">' +
  '<button type="submit">Sign in</button><p><a href="/forgot">Forgot your password?</a></p></form>';
const SIGN_IN_FORM_NODES = 14;

/** Figure 2: a shop's own sign-in page with a large catalogue around it, which the inspection gate must pass. */
export function loginPage(): { html: string; nodes: number } {
  return page({
    title: 'Sign in | Riverside Outfitters',
    top: NEWS_HEADER + SIGN_IN_FORM,
    topNodes: NEWS_HEADER_NODES + SIGN_IN_FORM_NODES,
  });
}

/**
 * The login page under the title Microsoft's sign-in page has (and kits copy): the inspection gate reads it in full
 * as it loads, so the inspection probe times the whole first check on it. The plain login page above names no
 * provider and is read only when the user focuses a field.
 */
export function brandedLoginPage(): { html: string; nodes: number } {
  return page({
    title: 'Sign in to your account',
    top: NEWS_HEADER + SIGN_IN_FORM,
    topNodes: NEWS_HEADER_NODES + SIGN_IN_FORM_NODES,
  });
}

/**
 * Figure 3: the plain page plus a ticker that changes the DOM `perSecond` times a second in 10 ms ticks (half
 * insertions, half removals, so the page keeps its size). `window.benchMutate(ms, perSecond)` runs it and
 * resolves with the number of mutations made.
 */
const MUTATOR = `(() => {
  const ticker = document.createElement('ul');
  ticker.id = 'ticker';
  document.body.prepend(ticker);
  window.benchMutate = (durationMs, perSecond) => new Promise((done) => {
    const perTick = Math.max(2, Math.round(perSecond / 100));
    const started = performance.now();
    let made = 0;
    let serial = 0;
    const timer = setInterval(() => {
      for (let step = 0; step < perTick; step += 2) {
        const item = document.createElement('li');
        item.textContent = 'update ' + (serial += 1);
        ticker.append(item);
        ticker.firstElementChild.remove();
        made += 2;
      }
      if (performance.now() - started >= durationMs) {
        clearInterval(timer);
        done({ mutations: made, elapsedMs: performance.now() - started });
      }
    }, 10);
  });
  for (let index = 0; index < 20; index += 1) {
    const item = document.createElement('li');
    item.textContent = 'update ' + index;
    ticker.append(item);
  }
})();`;

/** How long the mutating page changes its DOM in one run, and how often. */
export const MUTATION_MS = 5_000;
export const MUTATIONS_PER_SECOND = 1_000;

export function mutatingPage(): { html: string; nodes: number } {
  // The ticker adds 1 + 20 × 2 nodes at run time.
  const built = page({
    title: 'Riverside Gazette live',
    top: NEWS_HEADER,
    topNodes: NEWS_HEADER_NODES + 41,
    script: MUTATOR,
  });
  return built;
}
