import * as v from 'valibot';
import type { TrustedOrigin } from '../core/providers/trusted-origins';

/**
 * The user's own settings, in storage.local next to their recorded grants. The password-reuse alert keeps its own
 * field (it also holds the enrollment); "Continue anyway" exceptions live in storage.session and are not settings.
 */
export interface Settings {
  /** Providers the user turned off. */
  readonly disabledProviders: readonly string[];
  readonly trustedOrigins: readonly TrustedOrigin[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ disabledProviders: [], trustedOrigins: [] });

export const MAX_TRUSTED_ORIGINS = 50;

/**
 * `https://host[:port]` exactly as browsers serialize an origin, or null: no path, query, user info or other scheme.
 */
export function canonicalOrigin(input: string): string | null {
  const text = input.trim().replace(/\/$/, '');
  if (text.length === 0 || text.length > 260) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (
    url.protocol !== 'https:' ||
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== ''
  )
    return null;
  if (url.hostname === '' || !url.hostname.includes('.')) return null;
  return url.origin;
}

const ProviderIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
export const OriginSchema = v.pipe(
  v.string(),
  v.maxLength(260),
  v.check((origin) => canonicalOrigin(origin) === origin, 'must be an HTTPS origin such as https://devops.example.com'),
);
export const TrustedOriginSchema = v.object({ origin: OriginSchema, providerId: ProviderIdSchema });

export const SettingsSchema = v.object({
  disabledProviders: v.pipe(v.array(ProviderIdSchema), v.maxLength(64), v.readonly()),
  trustedOrigins: v.pipe(v.array(TrustedOriginSchema), v.maxLength(MAX_TRUSTED_ORIGINS), v.readonly()),
});

/** Field by field, entry by entry: one bad origin costs that origin, never the rest. */
export function repairSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const data = raw as Record<string, unknown>;
  const keep = <T>(schema: v.GenericSchema<unknown, T>, value: unknown): T[] =>
    (Array.isArray(value) ? value : []).flatMap((entry: unknown) => {
      const parsed = v.safeParse(schema, entry);
      return parsed.success ? [parsed.output] : [];
    });
  const trusted = keep(TrustedOriginSchema, data['trustedOrigins']);
  return {
    disabledProviders: [...new Set(keep(ProviderIdSchema, data['disabledProviders']))].slice(0, 64),
    trustedOrigins: trusted
      .filter((entry, index) => trusted.findIndex((other) => other.origin === entry.origin) === index)
      .slice(0, MAX_TRUSTED_ORIGINS),
  };
}
