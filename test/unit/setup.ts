import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
import { englishI18n } from './support/i18n';

// Every unit test starts from an empty in-memory browser; modules importing the polyfill get the fake.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
beforeEach(() => {
  fakeBrowser.reset();
  // The fake has no i18n; src/shared/i18n.ts reads the native global, which here answers from the English
  // catalogue. Stubbed per test because tests that stub fetch undo all stubbed globals afterwards.
  vi.stubGlobal('chrome', { i18n: englishI18n });
});
