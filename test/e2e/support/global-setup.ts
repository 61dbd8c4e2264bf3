import { assertPrerequisites } from './paths';

// Fail the whole tier up front with an actionable message instead of once per test file.
export default function setup(): void {
  assertPrerequisites();
}
