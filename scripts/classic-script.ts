import type { BuildEnvironmentOptions, InlineConfig, Plugin } from 'vite';

/**
 * Terser, not the bundler's own minifier: it makes the content script about 3 % smaller gzipped, and everything
 * the content script loads has a 15 kB budget.
 */
function contentMinify(module: boolean): BuildEnvironmentOptions {
  // Vite asks Terser for Safari 10 workarounds by default; no browser this extension supports needs them.
  return { minify: 'terser', terserOptions: { ecma: 2020, module, safari10: false, compress: { passes: 2 } } };
}

/**
 * One self-contained, minified classic script (an IIFE): how the content script ships, and how the bench
 * builds its in-page probe so that it measures the code as shipped, not a debug variant.
 */
export function classicScriptBuild(entry: string, outDir: string, fileName: string, globalName: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      ...contentMinify(false),
      sourcemap: false,
      lib: { entry, formats: ['iife'], name: globalName, fileName: () => fileName },
    },
  };
}

/**
 * One self-contained, minified ES module: the content script's wake module, which the idle script loads with
 * `import()`. Everything it imports is bundled in (no chunks: each would have to be web-accessible too).
 */
export function wakeModuleBuild(entry: string, outDir: string, fileName: string, plugins: Plugin[]): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: {
      outDir,
      emptyOutDir: false,
      ...contentMinify(true),
      sourcemap: false,
      // Not a library build: Vite keeps the bundler's purity annotations in those, for other bundlers' sake; this
      // file goes to browsers as it is.
      rolldownOptions: { input: entry, preserveEntrySignatures: 'strict', output: { format: 'es', entryFileNames: fileName, codeSplitting: false } },
    },
  };
}
