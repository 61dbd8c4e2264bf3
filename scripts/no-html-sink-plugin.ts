import type { Plugin } from 'vite';

const PREACT_CORE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:mjs|module\.js)$/;
/** Preact's one HTML sink: `dangerouslySetInnerHTML` written into the element (`el.innerHTML = props.__html`). */
const SINK = /\b([\w$]+)\.innerHTML=([\w$]+)\.__html\b/g;
export const SINK_REMOVED_MESSAGE = 'Consent Guard renders no raw HTML: dangerouslySetInnerHTML is not supported';

/**
 * Takes the HTML sink out of Preact's renderer. The extension's pages never set raw HTML (ESLint bans
 * `dangerouslySetInnerHTML` in src), so the path only stood there for an attacker who found a way to pass props, and
 * addons.mozilla.org's linter warns on it. Fails the build if Preact's code no longer has exactly one such
 * assignment, so a Preact update cannot quietly bring one back or change its shape.
 */
export function noHtmlSink(): Plugin {
  return {
    name: 'consent-guard:no-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_CORE.test(id)) return null;
      const found = code.match(SINK)?.length ?? 0;
      if (found !== 1)
        throw new Error(
          `${id}: expected Preact's one innerHTML assignment, found ${found}; update scripts/no-html-sink-plugin.ts`,
        );
      return {
        code: code.replace(SINK, `(()=>{throw new TypeError(${JSON.stringify(SINK_REMOVED_MESSAGE)})})()`),
        map: null,
      };
    },
  };
}
