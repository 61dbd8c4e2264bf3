import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestPage } from './driver';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Injects axe-core into the page (as a script evaluated by the driver, which the page's CSP does not govern) and
 * returns its violations for WCAG 2.x A/AA and best practices, shadow roots included.
 */
export async function axeViolations(page: TestPage): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE};0`);
  return page.evaluate<AxeViolation[]>(`(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  })()`);
}

let markupBundle: Promise<string> | undefined;

/** The in-page warning's DOM builder bundled for a plain test page (see warning-markup-entry.ts). */
export function warningMarkupScript(): Promise<string> {
  markupBundle ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: false,
        lib: {
          entry: resolve(import.meta.dirname, 'warning-markup-entry.ts'),
          formats: ['iife'],
          name: 'warningMarkup',
          fileName: () => 'markup.js',
        },
      },
    });
    const outputs = Array.isArray(output) ? output : [output];
    for (const result of outputs) {
      if ('output' in result) {
        for (const item of result.output) if (item.type === 'chunk') return item.code;
      }
    }
    throw new Error('the warning markup bundle produced no code');
  })();
  return markupBundle;
}
