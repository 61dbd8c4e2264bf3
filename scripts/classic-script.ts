import type { InlineConfig } from 'vite';

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
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['iife'], name: globalName, fileName: () => fileName },
    },
  };
}
