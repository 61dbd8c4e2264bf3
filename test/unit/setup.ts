import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

// Every unit test starts from an empty in-memory browser; modules importing the polyfill get the fake.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
beforeEach(() => {
  fakeBrowser.reset();
});
