import type { Lang } from '../i18n/locales.ts';

/**
 * Language-aware word handling for site search, shared by the build (what goes into the
 * Pagefind index) and the browser (what a visitor's query becomes). Pure functions only.
 *
 * Pagefind stems German, Danish and Turkish itself and folds combining diacritics (niqqud
 * included) on both sides. What it lacks is added here, symmetrically:
 * - Hebrew: attached prefixes (ה ו ב כ ל מ ש and their chains). The index carries every
 *   prefix-stripped form of a word; a query word is reduced to its shortest grammatical form.
 * - Turkish: dotted/dotless i. The query is lower-cased with Turkish rules; the index also
 *   carries the Turkish lower case of words with a capital I (Pagefind lower-cases I to i) and
 *   the ASCII form of words with ı, as Pagefind already matches ş/ğ/ç/ö/ü typed without marks.
 * - Danish: æ, ø and å are letters of their own. Pagefind keeps æ and ø apart from a and o but
 *   would fold å into a ("får" = "far"), so Danish is searched with exact diacritics; accents that
 *   Danish writes optionally ("idé" = "ide") get a plain variant in the index, and ä/ö typed on a
 *   German or Swedish keyboard are read as æ/ø ("ändrer" → "ændrer"), aa as å.
 * - German: umlauts typed as ae/oe/ue are also searched as ä/ö/ü, and a separable verb prefix
 *   written apart ("ruft … an") also searches the joined form ("anruft" → "Anruf"). Pagefind's
 *   German stemmer already treats umlaut and plain vowel alike (Vertrag/Verträge).
 *
 * Extra index forms follow the word they belong to as words of their own, each starting with
 * VARIANT_MARK ("הלקוח ~~לקוח"); a match on one is shown on the word before it, and
 * `stripVariants` removes them from every text the index returns (titles, headings, excerpts).
 * They exist only in the copy of a page that is indexed: served pages never contain them.
 */

/** Starts an index-only word; ASCII punctuation, which Pagefind drops from the indexed word. */
export const VARIANT_MARK = '~~';

const HEBREW_PREFIX_LETTERS = 'והבכלמש';
/** Points and cantillation marks (niqqud, te'amim); maqaf, paseq and sof pasuq are punctuation. */
const HEBREW_MARKS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g;
/** Chains of attached prefixes: and · that/when/since · the/in/as/to/from. */
const HEBREW_PREFIX_CHAIN = /^ו?(?:לכש|כש|מש|ש)?(?:מה|ה|ב|כ|ל|מ)?$/;
/** Shortest stem left after stripping a prefix: Hebrew roots have three letters. */
const HEBREW_MIN_STEM = 3;
/** Longest run of prefix letters stripped in the index (a chain plus extra letters of the query). */
const HEBREW_MAX_INDEX_STRIP = 5;

/** Removes Hebrew points and cantillation marks. Pure. */
export function stripNiqqud(text: string): string {
  return text.replace(HEBREW_MARKS, '');
}

/**
 * Every form of a Hebrew word with leading prefix letters removed (any run of ה ו ב כ ל מ ש up
 * to five letters, at least three letters left), longest first, without the word itself. The
 * index carries these, so a query for the bare word finds "הלקוח", "ללקוח", "שהלקוח". Pure.
 */
export function getHebrewIndexForms(word: string): string[] {
  const letters = stripNiqqud(word);
  const forms: string[] = [];
  for (let k = 1; k <= HEBREW_MAX_INDEX_STRIP && letters.length - k >= HEBREW_MIN_STEM; k++) {
    if (!HEBREW_PREFIX_LETTERS.includes(letters[k - 1])) break;
    forms.push(letters.slice(k));
  }
  return forms;
}

/**
 * The forms a Hebrew query word is searched by, without points: the word and the word without
 * each grammatical chain of prefixes that leaves at least three letters ("הלקוח" → הלקוח,
 * לקוח; "שמשלם" → שמשלם, משלם, שלם), each ending in a final letter also with the plain letter
 * so it finds longer words ("משלם" → "משלמים"). Whether a leading letter is a prefix or part of
 * the root ("שיקר") cannot be told without a dictionary, so every reading is searched; since the
 * index holds every stripped form of its words, a stem finds the word with or without prefixes.
 * Pure.
 */
export function getHebrewQueryForms(word: string): string[] {
  const letters = stripNiqqud(word);
  const stems = [letters];
  for (let k = 1; k <= Math.min(6, letters.length - HEBREW_MIN_STEM); k++) {
    if (HEBREW_PREFIX_CHAIN.test(letters.slice(0, k))) stems.push(letters.slice(k));
  }
  // A final letter only ends a word: "משלם" also searches "משלמ…" to find "משלמים".
  return stems.flatMap((stem) => (FINAL_LETTERS[stem.at(-1)!] ? [stem, stem.slice(0, -1) + FINAL_LETTERS[stem.at(-1)!]] : [stem]));
}

/** Hebrew final letter forms and the forms the same letters take inside a word. */
export const FINAL_LETTERS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/** Lower-cases Turkish text by Turkish rules: I → ı, İ → i. Pure. */
export function foldTurkish(text: string): string {
  return text.toLocaleLowerCase('tr');
}

/**
 * The extra forms the index carries for one word of a page in `lang` (see the module note).
 * Returns an empty list when Pagefind needs no help with the word. Pure.
 */
export function getIndexVariants(lang: Lang, word: string): string[] {
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
  if (!/^[\p{L}\p{M}\p{N}]+$/u.test(core)) return [];
  if (lang === 'he') return getHebrewIndexForms(core);
  if (lang === 'tr') {
    const variants = new Set<string>();
    const lower = foldTurkish(core);
    // Pagefind lower-cases I to i; Turkish lower case of I is ı.
    if (core.includes('I')) variants.add(lower);
    // Readers without a Turkish keyboard type i for ı, as they type s for ş (which Pagefind folds).
    if (lower.includes('ı')) variants.add(lower.replaceAll('ı', 'i'));
    variants.delete(core.toLowerCase());
    return [...variants];
  }
  if (lang === 'da') {
    const plain = foldDanishAccents(core);
    return plain === core ? [] : [plain];
  }
  return [];
}

/** Removes accents Danish writes optionally (é, è, ü…) and keeps å, a letter of its own. Pure. */
export function foldDanishAccents(word: string): string {
  return word.replace(/[^åÅ]/g, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Whether Pagefind should match diacritics exactly in a language (see the module note). */
export function usesExactDiacritics(lang: Lang): boolean {
  return lang === 'da';
}

/**
 * Adds the index variants of every word of a text node after the word, as index-only words.
 * Used only on the copy of a page given to the indexer. Pure.
 */
export function addIndexVariants(lang: Lang, text: string): string {
  if (lang === 'de') return text;
  return text.replace(/[^\s<>&]+/g, (word) => [word, ...getIndexVariants(lang, word).map((v) => VARIANT_MARK + v)].join(' '));
}

/** Whether a word of indexed text is index-only (a variant or a section keyword). Pure. */
export function isIndexOnly(word: string): boolean {
  return word.startsWith(VARIANT_MARK);
}

/**
 * Removes index-only variants and section keywords (see src/search/keywords-fs.ts) from a text that
 * came out of the index. Pure.
 */
export function stripVariants(text: string): string {
  return text.includes(VARIANT_MARK) ? text.replace(/\s*~~[^\s<]*/g, '') : text;
}

/**
 * The index-only words for a section keyword: the keyword and its own index variants, each
 * starting with VARIANT_MARK so that `stripVariants` removes them. Pure.
 */
export function toKeywordTokens(lang: Lang, keyword: string): string[] {
  return [keyword, ...getIndexVariants(lang, keyword)].map((form) => VARIANT_MARK + form);
}

/**
 * One idea of the query: the alternative terms that stand for it (a word, or a German verb with
 * its separated prefix). A section matches the idea when it matches any of its terms.
 */
export type QueryConcept = string[];

/** German separable verb prefixes that stand alone at the end of a clause ("ruft … an"). */
const GERMAN_PARTICLES = new Set([
  'ab',
  'an',
  'auf',
  'aus',
  'bei',
  'ein',
  'fest',
  'her',
  'hin',
  'los',
  'mit',
  'nach',
  'vor',
  'weg',
  'zu',
  'zurück',
  'zusammen',
]);

/**
 * Words that carry no topic in a visitor's phrasing ("mir", "jeg", "bana", "לי"): pronouns,
 * articles, prepositions, auxiliaries, conjunctions and filler adverbs. They are left out of a
 * query that has other words, so sections are ranked by what the visitor's problem is about.
 */
const STOP_WORDS: Record<Lang, Set<string>> = {
  de: new Set(
    (
      'der die das den dem des ein eine einen einem einer eines und oder aber denn doch ich du er sie es wir ihr mich mir dich dir ' +
      'ihn ihm uns euch mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner ihre ihren ihrem ihrer unser ' +
      'unsere ist sind war waren bin bist hat habe haben hatte hast wird werden wurde will wollen kann können muss soll sollte ' +
      'nicht kein keine keinen mit von vom zu zum zur für auf in im ins an am bei beim aus nach vor über unter um durch ohne ' +
      'wie was wer wo wann warum dass so auch noch nur schon sehr immer nie nichts mal man sich da dann wenn ob als einfach ganz ' +
      'viel viele'
    ).split(' '),
  ),
  da: new Set(
    (
      'og i at en et den det de der som er var har havde jeg du han hun vi mig dig ham hende os jer min mit mine din dit dine ' +
      'sin sit sine hans hendes deres vores til på med for af om fra ved over under så men eller ikke ja nej hvad hvordan hvor ' +
      'hvorfor hvem når skal vil kan må bliver blev være været sig selv også bare meget altid aldrig ingen intet noget nogen hele ' +
      'helt lige nu'
    ).split(' '),
  ),
  tr: new Set(
    (
      've ile bir bu şu o ben sen biz siz onlar beni bana benim seni sana senin onu ona onun bizi bize bizim size sizin de da ' +
      'mi mı mu mü ama fakat ki için gibi çok daha en ne nasıl neden niye hep her şey hiç bile artık sadece yine diye olan var yok'
    ).split(' '),
  ),
  he: new Set(
    (
      'את של על עם אל מן זה זאת זו הוא היא הם הן אני אתה את אנחנו אתם אתן לי לו לה לנו לכם להם שלי שלו שלה שלנו שלכם שלהם ' +
      'אותי אותו אותה אותנו אותם עליי עלי עליו עליה כל גם רק כי אם או אבל לא כן יש אין מה איך למה מתי כאן שם כמו יותר מאוד ' +
      'הזמן תמיד שוב כך כבר עוד אז שום אף'
    ).split(' '),
  ),
};

/** Most concepts searched for one query; longer queries are cut (keeping the first words). */
export const MAX_QUERY_CONCEPTS = 8;

/**
 * Turns what a visitor typed into the concepts to search, in the page's language: lower-cased
 * by the language's rules, punctuation and quotes dropped, Hebrew words reduced to their stem,
 * German separated verb prefixes joined to their verb. Pure.
 */
export function getQueryConcepts(lang: Lang, query: string): QueryConcept[] {
  const lower = lang === 'tr' ? foldTurkish(query) : query.toLocaleLowerCase(lang);
  const words = lower
    .normalize('NFC')
    // Geresh and gershayim (or quotes typed for them) belong to the Hebrew word they sit in: עו״ד.
    .replace(/(?<=[\u05D0-\u05EA])[\u05F3\u05F4"'](?=[\u05D0-\u05EA])/g, '')
    // Maqaf joins Hebrew words; other punctuation (quotes, commas) is dropped.
    .replace(/[\u05BE/]/g, ' ')
    .replace(/[\p{P}\p{S}]/gu, (ch) => (ch === '-' ? ch : ' '))
    .split(/\s+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  let concepts: QueryConcept[] = words.map((w) => getWordForms(lang, w));
  if (lang === 'de' && words.length > 1) concepts = joinGermanParticles(words);
  const telling = concepts.filter((c) => !STOP_WORDS[lang].has(c[0]));
  if (telling.length > 0) concepts = telling;
  const seen = new Set<string>();
  return concepts
    .filter((c) => {
      const key = c.join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_QUERY_CONCEPTS);
}

/** The forms one lower-cased query word is searched by, the word itself first. Pure. */
function getWordForms(lang: Lang, word: string): string[] {
  const forms = new Set<string>();
  if (lang === 'he') return getHebrewQueryForms(word);
  if (lang === 'da') {
    // ä and ö are not Danish letters: typed on a German or Swedish keyboard, they mean æ and ø.
    const danish = word.replaceAll('ä', 'æ').replaceAll('ö', 'ø');
    forms.add(danish);
    if (danish.includes('aa')) forms.add(danish.replaceAll('aa', 'å'));
    return [...forms];
  }
  forms.add(word);
  if (lang === 'de' && /ae|oe|ue/.test(word) && !/[äöü]/.test(word)) {
    forms.add(
      word
        .replace(/(?<!q)ue/g, 'ü')
        .replace(/ae/g, 'ä')
        .replace(/oe/g, 'ö'),
    );
  }
  return [...forms];
}

/** "ruft ständig an" → [ruft | anruft], [ständig]: the particle belongs to the verb before it. */
function joinGermanParticles(words: string[]): QueryConcept[] {
  const isParticle = (w: string, i: number) => i > 0 && GERMAN_PARTICLES.has(w);
  const particles = words.filter(isParticle);
  const rest = words.filter((w, i) => !isParticle(w, i));
  return rest.map((w) => {
    const forms = getWordForms('de', w);
    return GERMAN_PARTICLES.has(w) ? forms : [...forms, ...particles.map((p) => p + w)];
  });
}
