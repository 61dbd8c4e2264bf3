import type { ScopeInfo } from './types';

export interface ScopeRow {
  readonly scope: string;
  readonly title: string;
  readonly description: string;
  readonly highPrivilege: boolean;
  readonly inheritsFrom: string | null;
  readonly category: string;
}

/** A row maker for providers whose scopes share one category and inherit nothing. */
export function rowsIn(
  category: string,
): (scope: string, title: string, description: string, highPrivilege: boolean) => ScopeRow {
  return (scope, title, description, highPrivilege) => ({
    scope,
    title,
    description,
    highPrivilege,
    inheritsFrom: null,
    category,
  });
}

/** Turns a list of scope rows (as published by the provider) into a lookup by scope id. */
export function scopeCatalogue(rows: readonly ScopeRow[]): Readonly<Record<string, ScopeInfo>> {
  const byId: Record<string, ScopeInfo> = Object.create(null) as Record<string, ScopeInfo>;
  for (const row of rows) {
    byId[row.scope] = {
      id: row.scope,
      title: row.title,
      description: row.description,
      highPrivilege: row.highPrivilege,
      inheritsFrom: row.inheritsFrom,
      category: row.category,
    };
  }
  return Object.freeze(byId);
}
