import { fourSquareColoursIn } from './markup-vocabulary';
import { SNAPSHOT_CAPS as CAPS } from './snapshot-caps';
import type { StyleLike } from './visibility';

/** Computed values that most elements have (no background, the default fill), and that no logo is drawn in. */
const PLAIN_COLOURS: ReadonlySet<string> = new Set(['rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)', 'none', 'transparent']);

/**
 * The four-squares logo: its colours on sibling shapes/boxes, gathered in `colourSets` on the nearest ancestors.
 * Returns the ancestor on which this element completes all four.
 */
export function fourSquareAncestor(
  colourSets: Map<Element, Set<string>>,
  element: Element,
  style: StyleLike | null,
): Element | undefined {
  const styled = [
    element.getAttribute('fill'),
    element.getAttribute('style'),
    style?.getPropertyValue('background-color'),
    style?.getPropertyValue('fill'),
  ].filter((value) => value && !PLAIN_COLOURS.has(value));
  // Most elements have no colour of their own: nothing to parse.
  if (styled.length === 0) return;
  const colours = fourSquareColoursIn(styled.join(' '));
  if (colours.length === 0) return;
  let ancestor: Element | null = element;
  for (let level = 0; level < CAPS.colourLevels && ancestor; level += 1) {
    let set = colourSets.get(ancestor);
    if (!set) {
      if (colourSets.size > CAPS.colourElements) return;
      set = new Set();
      colourSets.set(ancestor, set);
    }
    for (const colour of colours) set.add(colour);
    if (set.size >= 4) return ancestor;
    ancestor = ancestor.parentElement;
  }
  return;
}
