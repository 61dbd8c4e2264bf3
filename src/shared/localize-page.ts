import { t, uiLanguage, type MessageKey } from './i18n';

/** An extension page's language and title, in the user's language: screen readers pronounce by `lang`. */
export function localizePage(title: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(title);
}
