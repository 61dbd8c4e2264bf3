/**
 * Which alphabets a text mixes. Latin letters beside Cyrillic or Greek ones in one name is how homographs are made
 * (`microsоft` with a Cyrillic о); Latin beside Japanese or Chinese is ordinary and not counted.
 */
const CONFUSABLE_SCRIPTS = [
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /\p{Script=Armenian}/u,
  /\p{Script=Cherokee}/u,
];

export function mixesConfusableScripts(text: string): boolean {
  let found = 0;
  for (const script of CONFUSABLE_SCRIPTS) if (script.test(text)) found += 1;
  return found >= 2;
}

/** Mixed within one word: "Microsoft Тeams" (Cyrillic Т) counts, a Latin name beside a Cyrillic one does not. */
export function hasMixedScriptWord(text: string): boolean {
  return text.split(/[\s\p{P}\p{S}]+/u).some((word) => word.length > 1 && mixesConfusableScripts(word));
}
