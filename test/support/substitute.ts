/**
 * How browsers fill in a catalogue message: named `$NAME$` placeholders whose content is `$1`…`$9`, and `$$` for a
 * dollar sign. Pure, so both the unit tier (Node) and test pages in real browsers can use it.
 */

export interface CatalogueEntry {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string; readonly example?: string }>>;
}
export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

function positional(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export function messageFrom(catalogue: Catalogue, key: string, substitutions?: string | readonly string[]): string {
  const entry = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  return entry.message
    .split('$$')
    .map((part) =>
      part.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const content = placeholders.get(name.toLowerCase());
        return content === undefined ? whole : positional(content, subs);
      }),
    )
    .join('$');
}
