import type { Lang } from '../locales.ts';
import { isObject } from '../../lib/diagnostics.ts';
import type { UiStrings } from './types.ts';
import he from './he.ts';
import de from './de.ts';
import tr from './tr.ts';
import da from './da.ts';

export type { UiStrings };

const DICTIONARIES: Record<Lang, UiStrings> = { he, de, tr, da };

/**
 * Lists every key path whose presence differs between two dictionaries, as
 * `missing <path>` / `extra <path>` relative to the reference. Pure.
 */
export function diffKeys(reference: unknown, candidate: unknown, path = ''): string[] {
  if (!isObject(reference) || !isObject(candidate)) {
    if (isObject(reference) !== isObject(candidate)) return [`mismatch ${path || '(root)'}`];
    if (typeof candidate === 'string' && candidate.trim() === '') return [`empty ${path}`];
    return [];
  }
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    const sub = path ? `${path}.${key}` : key;
    if (!(key in candidate)) problems.push(`missing ${sub}`);
    else problems.push(...diffKeys(reference[key], candidate[key], sub));
  }
  for (const key of Object.keys(candidate)) {
    if (!(key in reference)) problems.push(`extra ${path ? `${path}.${key}` : key}`);
  }
  return problems;
}

/**
 * Throws when any language's dictionary lacks a key of another or has one too many, naming
 * the file and the key. Runs when the site is built, so a broken dictionary fails the build
 * even if type-checking was skipped.
 */
export function assertCompleteDictionaries(dictionaries: Record<string, unknown>): void {
  const langs = Object.keys(dictionaries);
  const problems = langs.flatMap((lang) =>
    langs.flatMap((other) =>
      diffKeys(dictionaries[other], dictionaries[lang])
        .filter((p) => !p.startsWith('extra'))
        .map((p) => `src/i18n/ui/${lang}.ts: ${p} (present in ${other}.ts)`),
    ),
  );
  if (problems.length > 0) {
    throw new Error(`UI strings are incomplete:\n  ${[...new Set(problems)].join('\n  ')}\nAdd each key to the file named.`);
  }
}

assertCompleteDictionaries(DICTIONARIES);

/** Returns the interface strings of one language. */
export function getUi(lang: Lang): UiStrings {
  return DICTIONARIES[lang];
}

export { format } from '../format.ts';
