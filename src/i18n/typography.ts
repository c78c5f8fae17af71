/**
 * The typography and wording rules of each language, in one place (pure): which quotation marks
 * it writes, the seed mistranslations the glossary replaces, and whether Latin letters are out
 * of place. Typed by `Lang`, so a new language without rules does not compile. The quiz strings
 * (`quiz/validate-strings.ts`) and the guides (`guides/validate.ts`) are checked against them;
 * each check words its own messages.
 */
import type { Lang } from './locales.ts';

/** How a language writes quotation marks. */
export interface QuoteRule {
  /** The opening and closing mark. */
  readonly open: string;
  readonly close: string;
  /** Characters that must not appear in the language's text. */
  readonly banned: readonly string[];
  /** What to write instead, for a message. */
  readonly fix: string;
}

/** How each language writes quotation marks: characters that must not appear, and the fix. */
export const QUOTES: Readonly<Record<Lang, QuoteRule>> = {
  de: { open: '„', close: '“', banned: ['"', '»', '«', '”'], fix: 'write „…“ in German' },
  da: { open: '»', close: '«', banned: ['"', '„', '“', '”'], fix: 'write »…« in Danish' },
  tr: { open: '“', close: '”', banned: ['"', '„', '»', '«'], fix: 'write “…” in Turkish' },
  he: { open: '"', close: '"', banned: ['„', '»', '«'], fix: 'write "…" in Hebrew' },
};

/**
 * Words that are mistranslations of "fire a client" (or of "client") in the seeds; the glossary
 * in `content/glossary/{lang}.md` gives the term to use instead.
 */
export const FORBIDDEN_TERMS: Readonly<Record<Lang, readonly string[]>> = {
  he: ['לירות'],
  de: ['auslösen', 'auszulösen', 'Klient'],
  tr: ['istemci', 'İstemci'],
  da: ['skyde', 'klient'],
};

/** Whether a language's text must have no Latin letters (Hebrew: translate them). */
export const NO_LATIN_LETTERS: Readonly<Record<Lang, boolean>> = { he: true, de: false, tr: false, da: false };

/** The first banned quotation mark found in a text (in the order of `QUOTES[lang].banned`), if any. Pure. */
export function findBannedQuote(lang: Lang, text: string): string | undefined {
  return QUOTES[lang].banned.find((q) => text.includes(q));
}

/** The mistranslated terms a text contains, in the order of `FORBIDDEN_TERMS[lang]`. Pure. */
export function findForbiddenTerms(lang: Lang, text: string): string[] {
  return FORBIDDEN_TERMS[lang].filter((term) => text.includes(term));
}

/**
 * The first run of Latin letters in a text of a language that has none, placeholders such as
 * `{count}` aside; undefined for the other languages. Pure.
 */
export function findLatinLetters(lang: Lang, text: string): string | undefined {
  if (!NO_LATIN_LETTERS[lang]) return undefined;
  return text.replace(/\{[a-z]+\}/g, '').match(/[A-Za-z]+/)?.[0];
}

/**
 * Tells whether the language's quotation marks pair up in a text: every opening mark closed
 * before the next opens. For a language whose marks are the same character (Hebrew "…"), that
 * their number is even. Pure.
 */
export function quotesPairUp(lang: Lang, text: string): boolean {
  const { open, close } = QUOTES[lang];
  if (open === close) return (text.split(open).length - 1) % 2 === 0;
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth += 1;
    else if (ch === close) depth -= 1;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}
