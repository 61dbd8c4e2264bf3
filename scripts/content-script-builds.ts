import type { BuildEnvironmentOptions, InlineConfig, Plugin } from 'vite';
import { buildTarget } from './manifest-for.ts';

/**
 * Terser, not the bundler's own minifier: it makes the content script smaller gzipped (docs/performance.md), and
 * everything the content script loads has a 15 kB budget.
 */
function contentMinify(module: boolean): BuildEnvironmentOptions {
  // Vite asks Terser for Safari 10 workarounds by default; no browser this extension supports needs them.
  return {
    target: buildTarget(),
    minify: 'terser',
    terserOptions: { ecma: 2020, module, safari10: false, compress: { passes: 2 } },
  };
}

/**
 * The bundler would copy an imported constant into each place that uses it: the idle script held the
 * credential-field selector twice, and V8 parses every copy. The minifier still inlines constants where that makes
 * a file smaller.
 */
const KEEP_CONSTANTS = { inlineConst: false } as const;

/**
 * One self-contained, minified classic script (an IIFE): how each content_scripts entry ships. `eagerCompile`
 * puts V8's compile hint on it.
 */
export function classicScriptBuild(
  entry: string,
  outDir: string,
  fileName: string,
  globalName: string,
  options: { eagerCompile: boolean },
): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: options.eagerCompile ? [eagerCompileHint()] : [],
    build: {
      outDir,
      emptyOutDir: false,
      ...contentMinify(false),
      sourcemap: false,
      lib: { entry, formats: ['iife'], name: globalName, fileName: () => fileName },
      rolldownOptions: { optimization: KEEP_CONSTANTS },
    },
  };
}

/**
 * V8's explicit compile hint, as the file's first line: compile every function when the file is compiled, not
 * each on its first call (a lazy function is parsed twice: skimmed with the file, parsed again when called). Other
 * engines read it as a comment.
 * - The wake module, loaded with `import()`, is compiled off the main thread as it streams in, so the page's first
 *   check does not compile, on the main thread, the functions it calls.
 * - The idle script is compiled on the main thread either way, but nearly all of it runs on every page: compiled
 *   whole, it costs an ordinary page less in paired runs. Both figures are in docs/performance.md.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

function eagerCompileHint(): Plugin {
  return {
    name: 'consent-guard:eager-compile-hint',
    // After minifying, which would drop the comment.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === 'chunk') output.code = `${EAGER_COMPILE_HINT}\n${output.code}`;
    },
  };
}

/**
 * One self-contained, minified ES module, compiled eagerly: the content script's wake module, which the idle
 * script loads with `import()`. Everything it imports is bundled in (no chunks: each would have to be
 * web-accessible too).
 */
export function wakeModuleBuild(entry: string, outDir: string, fileName: string, plugins: Plugin[]): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [...plugins, eagerCompileHint()],
    build: {
      outDir,
      emptyOutDir: false,
      ...contentMinify(true),
      sourcemap: false,
      // Not a library build: Vite keeps the bundler's purity annotations in those, for other bundlers' sake; this
      // file goes to browsers as it is.
      rolldownOptions: {
        input: entry,
        preserveEntrySignatures: 'strict',
        optimization: KEEP_CONSTANTS,
        output: { format: 'es', entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}
