import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * For the wake module's build: each module the idle script hands over (`src/content/idle-kernel.ts`) becomes a
 * stand-in that re-exports the idle script's copy from the content script's global, so it ships once.
 * `kernel` maps each handed-over module's source path to its export names.
 */
export function idleKernelPlugin(
  root: string,
  kernel: Readonly<Record<string, readonly string[]>>,
  globalName: string,
): Plugin {
  const PREFIX = '\0idle-kernel:';
  return {
    name: 'consent-guard:idle-kernel',
    // Before Vite's own resolver, which would otherwise settle every relative import first.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const path = relative(root, resolved.id).split('\\').join('/');
      return path in kernel ? `${PREFIX}${path}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const path = id.slice(PREFIX.length);
      const names = kernel[path] ?? [];
      const part = `globalThis[${JSON.stringify(globalName)}][${JSON.stringify(path)}]`;
      return names.length === 0
        ? 'export {};'
        : `const part = ${part};\nexport const { ${names.join(', ')} } = part;\n`;
    },
  };
}

/** The export names of each handed-over module, read from the modules themselves. */
export function kernelExports(modules: Readonly<Record<string, object>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(modules).map(([path, module]) => [path, Object.keys(module)]));
}
