import type { Provider } from './types';

// Every `*.provider.ts` module in this folder is a provider: adding one needs no change here.
const modules = import.meta.glob<{ default: Provider }>('./*.provider.ts', { eager: true });

export const PROVIDERS: readonly Provider[] = Object.freeze(
  Object.keys(modules)
    .sort()
    .map((path) => {
      const provider = modules[path]?.default;
      if (!provider) throw new Error(`${path} has no default-exported provider`);
      return provider;
    }),
);

export function providerById(id: string): Provider | undefined {
  return PROVIDERS.find((provider) => provider.id === id);
}
