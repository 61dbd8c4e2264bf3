import { t } from '../../shared/i18n';

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function formatDate(time: number | null): string {
  return time === null ? t('common_unknown') : DATE.format(new Date(time));
}

/** The machine-readable form for `<time datetime>`. */
export function isoDate(time: number | null): string | undefined {
  return time === null ? undefined : new Date(time).toISOString();
}
