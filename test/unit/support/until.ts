import { expect } from 'vitest';

/** Waits (up to a second) for what a render or a message reply will bring about. */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}
