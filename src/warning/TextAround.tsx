import type { ComponentChildren } from 'preact';
import { splitAtSlot } from '../shared/i18n';

/** A translated sentence with an element in the place its `SLOT` substitution marks. */
export function TextAround({ text, children }: { text: string; children: ComponentChildren }) {
  const [before, after] = splitAtSlot(text);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
