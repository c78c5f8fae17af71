import { describe, expect, inject, test } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { useSiteSearch } from '../support/pagefind.ts';
import { listHtml, readPage } from '../support/dist.ts';
import { foldTurkish, getHebrewQueryForms, getQueryConcepts, stripNiqqud } from '../../src/search/words.ts';
import { OUTCOMES } from '../support/routes.ts';

/**
 * A reader types the problem in their own words and lands on the right section (SPEC 4b, the
 * search issue): each query below is phrased as a visitor would, with inflected forms, and the
 * section it is about must be among the first three results. The queries run through the real
 * engine against the built index (Pagefind's own code and WebAssembly, in Node).
 */
interface Case {
  query: string;
  /** The section id the query is about. */
  expected: string;
  /** What the case shows, when it tests a language feature rather than plain matching. */
  because?: string;
  /**
   * A word of the query that the guide text of the language does not contain: the reader's own
   * word for the problem, found through `content/search/{lang}.json` (SPEC 4b).
   */
  readersWord?: string;
}

const CASES: Record<Lang, Case[]> = {
  de: [
    { query: 'ruft ständig an', expected: 'dread-calls', because: 'separable verb: "ruft … an" finds "Anruf"' },
    { query: 'Kunde zahlt seine Rechnungen immer zu spät', expected: 'slow-payer' },
    { query: 'er ändert dauernd seine Meinung', expected: 'changes-mind' },
    { query: 'er aendert dauernd seine Meinung', expected: 'changes-mind', because: 'umlaut typed as ae' },
    { query: 'bei ihm ist immer alles dringend', expected: 'constant-emergencies' },
    { query: 'der Kunde hat mich angelogen', expected: 'lies' },
    { query: 'mischt sich in jedes kleine Detail ein', expected: 'micromanages' },
    { query: 'Kunde droht mir und wird laut', expected: 'physical-abuse' },
    { query: 'wie sage ich dem Kunden, dass ich nicht mehr mit ihm arbeiten will', expected: 'fire-in-person' },
    { query: 'bekomme viel zu wenig Geld für meine Arbeit', expected: 'underpaid' },
    { query: 'ich arbeite für meinen Schwager', expected: 'friends-family' },
    { query: 'beschwert sich über jede Rechnung', expected: 'invoice-disputes' },
    { query: 'vorher das ganze Geld bekommen', expected: 'paid-in-full' },
    { query: 'er hört nie auf meinen Rat', expected: 'ignores-advice' },
    { query: 'der Auftraggeber ist ständig pleite', expected: 'money-troubles' },
    { query: 'hält mir die Angebote der Konkurrenz vor', expected: 'plays-competitors' },
    { query: 'das Projekt kommt nicht voran', expected: 'no-follow-through' },
    { query: 'mein Auftraggeber ist Choleriker und rastet ständig aus', expected: 'physical-abuse', readersWord: 'Choleriker' },
    { query: 'er macht sexistische Sprüche über mich', expected: 'mental-abuse', readersWord: 'sexistische' },
    { query: 'der Kunde verarscht mich', expected: 'lies', readersWord: 'verarscht' },
    { query: 'er erwartet, dass ich auch im Urlaub erreichbar bin', expected: 'unreasonable-demands', readersWord: 'Urlaub' },
    { query: 'Kunde ist ständig im Zahlungsverzug', expected: 'slow-payer', readersWord: 'Zahlungsverzug' },
    { query: 'will den Preis nachträglich runterhandeln', expected: 'invoice-disputes', readersWord: 'runterhandeln' },
    { query: 'endlose Korrekturschleifen', expected: 'changes-mind', readersWord: 'Korrekturschleifen' },
    { query: 'ich habe ihn gewarnt, und jetzt soll ich es ausbügeln', expected: 'ignores-advice', readersWord: 'ausbügeln' },
    { query: 'droht mit einem billigeren Anbieter', expected: 'plays-competitors', readersWord: 'Anbieter' },
    { query: 'ich will nicht mitschuldig werden', expected: 'legal-risk', readersWord: 'mitschuldig' },
    { query: 'Bauchweh, wenn sein Name auf dem Handy erscheint', expected: 'dread-calls', readersWord: 'Bauchweh' },
    { query: 'will für jede Stunde einen Nachweis', expected: 'questions-every-charge', readersWord: 'Nachweis' },
    { query: 'alles muss immer bis gestern fertig sein', expected: 'constant-emergencies', readersWord: 'gestern' },
    { query: 'endlose Meetings ohne Ergebnis', expected: 'no-follow-through', readersWord: 'Meetings' },
    { query: 'der Kunde betreibt Micromanagement', expected: 'micromanages', readersWord: 'Micromanagement' },
    { query: 'kontrolliert alles', expected: 'micromanages', readersWord: 'kontrolliert' },
    { query: 'Einzelkämpfer, der alles selbst machen will', expected: 'wont-delegate', readersWord: 'Einzelkämpfer' },
    { query: 'der Kunde ist fast insolvent', expected: 'money-troubles', readersWord: 'insolvent' },
    { query: 'die Arbeit ist langweilig und fachfremd', expected: 'off-brand-work', readersWord: 'fachfremd' },
    { query: 'ich bin viel zu kulant', expected: 'over-accommodating', readersWord: 'kulant' },
    { query: 'ich arbeite für einen Hungerlohn', expected: 'underpaid', readersWord: 'Hungerlohn' },
    { query: 'der Kunde ist arrogant', expected: 'treated-badly', readersWord: 'arrogant' },
    { query: 'ich arbeite für meinen Onkel', expected: 'friends-family', readersWord: 'Onkel' },
    { query: 'Angst vor einem Shitstorm', expected: 'influential', readersWord: 'Shitstorm' },
    { query: 'ich bin ausgelastet und habe keine Kapazitäten', expected: 'fire-in-person', readersWord: 'Kapazitäten' },
    { query: 'Kunde ist Gesellschafter meiner GmbH', expected: 'stakeholder', readersWord: 'Gesellschafter' },
    { query: 'offene Rechnungen vor der Trennung eintreiben', expected: 'paid-in-full', readersWord: 'eintreiben' },
  ],
  da: [
    { query: 'ändrer mening hele tiden', expected: 'changes-mind', because: 'ä typed for æ on a German or Swedish keyboard' },
    { query: 'ændrer mening hele tiden', expected: 'changes-mind' },
    { query: 'kunden betaler altid for sent', expected: 'slow-payer' },
    { query: 'jeg gruer for at tage telefonen, når han ringer', expected: 'dread-calls' },
    { query: 'alt skal laves med det samme', expected: 'constant-emergencies' },
    { query: 'kunden har løjet for mig', expected: 'lies' },
    { query: 'han blander sig i alt, hvad jeg laver', expected: 'micromanages' },
    { query: 'jeg bliver underbetalt', expected: 'underpaid' },
    { query: 'kunden er min svoger', expected: 'friends-family' },
    { query: 'hvordan siger jeg til kunden, at samarbejdet stopper', expected: 'fire-in-person' },
    { query: 'sørg for at få pengene først', expected: 'paid-in-full' },
    { query: 'kunden råber ad mig', expected: 'physical-abuse' },
    { query: 'han vil ikke høre på mine råd', expected: 'ignores-advice' },
    { query: 'kunden vil have alt gratis', expected: 'expectations-mismatch' },
    { query: 'truer med at bruge en billigere konkurrent', expected: 'plays-competitors' },
    { query: 'kunden overskrider altid betalingsfristen', expected: 'slow-payer', readersWord: 'betalingsfristen' },
    { query: 'sendrægtig betaler', expected: 'slow-payer', readersWord: 'sendrægtig' },
    { query: 'kunden vil altid have afslag på regningen', expected: 'invoice-disputes', readersWord: 'afslag' },
    { query: 'endeløse rettelsesrunder', expected: 'changes-mind', readersWord: 'rettelsesrunder' },
    { query: 'kunden er en besserwisser', expected: 'ignores-advice', readersWord: 'besserwisser' },
    { query: 'han sammenligner mig hele tiden med konkurrenterne', expected: 'plays-competitors', readersWord: 'sammenligner' },
    { query: 'kan jeg blive sagsøgt', expected: 'legal-risk', readersWord: 'sagsøgt' },
    { query: 'kunden sviner mig til', expected: 'physical-abuse', readersWord: 'sviner' },
    { query: 'han håner mig foran andre', expected: 'mental-abuse', readersWord: 'håner' },
    { query: 'kunden holder ikke sine løfter', expected: 'lies', readersWord: 'løfter' },
    { query: 'forlanger at jeg er klar døgnet rundt', expected: 'unreasonable-demands', readersWord: 'døgnet' },
    { query: 'jeg får ondt i maven, når han ringer', expected: 'dread-calls', readersWord: 'maven' },
    { query: 'kunden tror, jeg snyder med timerne', expected: 'questions-every-charge', readersWord: 'snyder' },
    { query: 'kunden er altid i panik over noget', expected: 'constant-emergencies', readersWord: 'panik' },
    { query: 'kunden nøler med alt', expected: 'no-follow-through', readersWord: 'nøler' },
    { query: 'kunden mikrostyrer alt', expected: 'micromanages', readersWord: 'mikrostyrer' },
    { query: 'kunden kigger mig over skulderen', expected: 'micromanages', readersWord: 'skulderen' },
    { query: 'kunden er flaskehalsen i projektet', expected: 'wont-delegate', readersWord: 'flaskehalsen' },
    { query: 'han har ingen penge i kassen', expected: 'money-troubles', readersWord: 'kassen' },
    { query: 'det er ikke min kerneforretning', expected: 'off-brand-work', readersWord: 'kerneforretning' },
    { query: 'jeg er en pleaser og siger ja til alt', expected: 'over-accommodating', readersWord: 'pleaser' },
    { query: 'min timeløn er alt for lav', expected: 'underpaid', readersWord: 'timeløn' },
    { query: 'kunden skælder mig ud', expected: 'treated-badly', readersWord: 'skælder' },
    { query: 'vennepris til en kammerat', expected: 'friends-family', readersWord: 'vennepris' },
    { query: 'mere end aftalt – klassisk scope creep', expected: 'expectations-mismatch', readersWord: 'scope' },
    { query: 'regnestykket går ikke op med denne kunde', expected: 'low-revenue', readersWord: 'regnestykket' },
    { query: 'kunden er bossy og dominerende', expected: 'handle-disrespect', readersWord: 'bossy' },
    { query: 'hvordan dropper jeg en kunde', expected: 'fire-in-person', readersWord: 'dropper' },
    { query: 'jeg vil skrive mine dealbreakers ned', expected: 'deal-breakers', readersWord: 'dealbreakers' },
    { query: 'kunden ejer aktier i mit firma', expected: 'stakeholder', readersWord: 'aktier' },
  ],
  tr: [
    { query: 'her şey acil', expected: 'constant-emergencies' },
    { query: 'müşteri parayı hep geç ödüyor', expected: 'slow-payer' },
    { query: 'telefon her çaldığında içim sıkılıyor', expected: 'dread-calls' },
    { query: 'sürekli fikrini değiştiriyor', expected: 'changes-mind' },
    { query: 'musteri surekli fikir degistiriyor', expected: 'changes-mind', because: 'typed without Turkish letters (ü, ş, ğ, ı)' },
    { query: 'FATURALARIMA İTİRAZ EDİYOR', expected: 'invoice-disputes', because: 'Turkish case folding: I → ı, İ → i' },
    { query: 'İşimi küçümsüyor ve bana hakaret ediyor', expected: 'mental-abuse', because: 'capital İ' },
    { query: 'müşteri bana yalan söyledi', expected: 'lies' },
    { query: 'her ayrıntıya karışıyor', expected: 'micromanages' },
    { query: 'emeğimin karşılığını alamıyorum', expected: 'underpaid' },
    { query: 'arkadaşımla çalışıyorum', expected: 'friends-family' },
    { query: 'müşteri bana bağırıyor', expected: 'physical-abuse' },
    { query: 'tavsiyelerimi dinlemiyor', expected: 'ignores-advice' },
    { query: 'rakiplerin fiyatlarını gösterip indirim istiyor', expected: 'plays-competitors' },
    { query: 'müşterinin hiç parası yok', expected: 'money-troubles' },
    { query: 'her şeyi kendisi yapmak istiyor', expected: 'wont-delegate' },
    { query: 'müşteri sürekli laf sokuyor', expected: 'mental-abuse', readersWord: 'laf' },
    { query: 'müşteri bana küfrediyor', expected: 'physical-abuse', readersWord: 'küfrediyor' },
    { query: 'ödemeyi sürekli sarkıtıyor', expected: 'slow-payer', readersWord: 'sarkıtıyor' },
    { query: 'faturalarımda kılı kırk yarıyor', expected: 'invoice-disputes', readersWord: 'kırk' },
    { query: 'sürekli revize istiyor', expected: 'changes-mind', readersWord: 'revize' },
    { query: 'bildiğini okuyor, sonra da beni suçluyor', expected: 'ignores-advice', readersWord: 'suçluyor' },
    { query: 'başkası daha ucuza yapıyor diyor', expected: 'plays-competitors', readersWord: 'ucuza' },
    { query: 'faturasız çalışmak istiyor', expected: 'legal-risk', readersWord: 'faturasız' },
    { query: 'telefonunu açmak bile istemiyorum', expected: 'dread-calls', readersWord: 'açmak' },
    { query: 'her kuruşun hesabını soruyor', expected: 'questions-every-charge', readersWord: 'kuruşun' },
    { query: 'her işi son dakikaya bırakıyor', expected: 'constant-emergencies', readersWord: 'dakikaya' },
    { query: 'müşteri dönüş yapmıyor, proje sürüncemede', expected: 'no-follow-through', readersWord: 'sürüncemede' },
    { query: 'sürekli tepemde bitiyor', expected: 'micromanages', readersWord: 'tepemde' },
    { query: 'müşteri meteliksiz', expected: 'money-troubles', readersWord: 'meteliksiz' },
    { query: 'iyi niyetimi suistimal ediyor', expected: 'over-accommodating', readersWord: 'suistimal' },
    { query: 'çok toksik bir müşteri', expected: 'treated-badly', readersWord: 'toksik' },
    { query: 'müşteri bacanağım', expected: 'friends-family', readersWord: 'bacanağım' },
    { query: 'benden mucize bekliyor', expected: 'expectations-mismatch', readersWord: 'mucize' },
    { query: 'dosyaları hâlâ göndermedi', expected: 'client-underdelivers', readersWord: 'dosyaları' },
    { query: 'ayrılacağımı mail ile bildirsem olur mu', expected: 'fire-in-person', readersWord: 'mail' },
    { query: 'kalan bakiyeyi almadan ayrılmak', expected: 'paid-in-full', readersWord: 'bakiyeyi' },
  ],
  he: [
    { query: 'לקוח שמשלם באיחור', expected: 'slow-payer', because: 'prefix ש on שמשלם' },
    { query: 'השקרן', expected: 'lies', because: 'prefix ה on the query, ו and ב on the text (ובשקרן)' },
    { query: 'הַלָּקוֹחַ מְשַׁקֵּר', expected: 'lies', because: 'niqqud is ignored' },
    { query: 'הלקוח שיקר לי', expected: 'lies' },
    { query: 'הלקוח כל הזמן משנה את דעתו', expected: 'changes-mind' },
    { query: 'הכול אצלו דחוף', expected: 'constant-emergencies' },
    { query: 'אני חושש לענות לטלפון שלו', expected: 'dread-calls' },
    { query: 'הלקוח צועק עליי ומאיים', expected: 'physical-abuse' },
    { query: 'מתערב בכל פרט קטן', expected: 'micromanages' },
    { query: 'אני עובד עם חבר שלי', expected: 'friends-family' },
    { query: 'איך להגיד ללקוח שאנחנו נפרדים', expected: 'fire-in-person' },
    { query: 'הלקוח לא מקשיב לעצות שלי', expected: 'ignores-advice' },
    { query: 'אין לו כסף', expected: 'money-troubles' },
    { query: 'הוא מאיים ללכת למתחרים', expected: 'plays-competitors' },
    { query: 'הלקוח מעליב אותי', expected: 'mental-abuse' },
    { query: 'אין שום התקדמות בפרויקט', expected: 'no-follow-through' },
    { query: 'התעללות רגשית', expected: 'mental-abuse', readersWord: 'רגשית' },
    { query: 'לקוח בריון', expected: 'mental-abuse', readersWord: 'בריון' },
    { query: 'הלקוח מחרטט', expected: 'lies', readersWord: 'מחרטט' },
    { query: 'הכול בוער אצלו', expected: 'constant-emergencies', readersWord: 'בוער' },
    { query: 'כל שיחה איתו היא סיוט', expected: 'dread-calls', readersWord: 'סיוט' },
    { query: 'לקוח קונטרול פריק', expected: 'micromanages', readersWord: 'קונטרול' },
    { query: 'הלקוח נושף לי בעורף', expected: 'micromanages', readersWord: 'נושף' },
    { query: 'הוא משתלט לי על העבודה', expected: 'wont-delegate', readersWord: 'משתלט' },
    { query: 'הלקוח שלי תפרן', expected: 'money-troubles', readersWord: 'תפרן' },
    { query: 'הלקוח מורח אותי עם התשלום', expected: 'slow-payer', readersWord: 'מורח' },
    { query: 'הלקוח טוען שאני מנפחת שעות', expected: 'questions-every-charge', readersWord: 'מנפחת' },
    { query: 'עוד סבב תיקונים', expected: 'changes-mind', readersWord: 'תיקונים' },
    { query: 'סחבת בפרויקט', expected: 'no-follow-through', readersWord: 'סחבת' },
    { query: 'מרגיש פרייר מול הלקוח', expected: 'over-accommodating', readersWord: 'פרייר' },
    { query: 'לקוח אנטיפת', expected: 'treated-badly', readersWord: 'אנטיפת' },
    { query: 'הלקוחה היא דודה שלי', expected: 'friends-family', readersWord: 'דודה' },
    { query: 'הלקוח מציע קומבינה', expected: 'legal-risk', readersWord: 'קומבינה' },
    { query: 'איך מתמודדים עם סקופ קריפ', expected: 'expectations-mismatch', readersWord: 'סקופ' },
    { query: 'לקוח מתלהם', expected: 'handle-disrespect', readersWord: 'מתלהם' },
  ],
};

const { search, sections: topSections } = useSiteSearch(inject('origin'));

describe.each(LANGS)('search in %s', (lang) => {
  test.each(CASES[lang].map((c) => [c.query, c] as const))('"%s" lands on its section in the first three results', async (_query, { query, expected }) => {
    const found = await topSections(lang, query);
    expect(found.slice(0, 3), `results: ${found.join(', ')}`).toContain(expected);
  });

  test('searches only its own language', async () => {
    const hits = await search(lang, CASES[lang][0].query);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.url.startsWith(`/${lang}/`), hit.url).toBe(true);
  });
});

describe('language-aware matching', () => {
  test('a Hebrew word with an attached prefix finds the bare word: "הלקוח" finds "לקוח"', async () => {
    const hits = await search('he', 'הלקוח');
    const marked = hits.flatMap((h) => h.excerpt.filter((p) => p.mark).map((p) => p.text.replace(/[^\p{L}]/gu, '')));
    expect(marked).toContain('לקוח');
  });

  test('a bare Hebrew word finds it with prefixes: "לקוח" finds "הלקוח" and other prefixed forms', async () => {
    const hits = await search('he', 'לקוח');
    const marked = hits.flatMap((h) => h.excerpt.filter((p) => p.mark).map((p) => p.text.replace(/[^\p{L}]/gu, '')));
    // Which prefixed forms the excerpts show depends on the text; at least two different ones must be marked.
    const prefixed = new Set(marked.filter((w) => /^[הובכלמש]{1,3}לקוח$/.test(w)));
    expect(prefixed).toContain('הלקוח');
    expect(prefixed.size, [...prefixed].join(', ')).toBeGreaterThanOrEqual(2);
  });

  test('Turkish capitals fold by Turkish rules: "İTİRAZ" is "itiraz", "ISRARCI" is "ısrarcı"', async () => {
    const sections = async (q: string) => (await topSections('tr', q)).slice(0, 3);
    expect(await sections('İTİRAZ')).toEqual(await sections('itiraz'));
    expect(await sections('ISRARCI MÜŞTERİ')).toEqual(await sections('ısrarcı müşteri'));
    expect(await sections('ısrarcı müşteri')).toContain('over-accommodating');
  });
});

describe('quiz outcome pages', () => {
  test.each(LANGS.flatMap((lang) => OUTCOMES.map((outcome) => [lang, outcome] as const)))('%s %s is found by its heading', async (lang, outcome) => {
    const path = `/${lang}/quiz/result/${outcome}/`;
    const heading = readPage(`${path.slice(1)}index.html`).querySelector('main h1')!.text;
    const hits = await search(lang, heading, { maxResults: 20, minShareOfBest: 0 });
    expect(hits.map((h) => h.url)).toContain(path);
  });
});

describe('results', () => {
  test('a query with no match returns nothing', async () => {
    expect(await topSections('de', 'Quantenphysik Raumstation')).toEqual([]);
  });

  test('link to the section, show the guide title and heading without index-only words, and mark the matches', async () => {
    const [hit] = await search('he', 'לקוח שמשלם באיחור');
    expect(hit.url).toBe('/he/guides/ten-signs/#slow-payer');
    expect(hit.heading).toMatch(/^5\. /);
    for (const text of [hit.pageTitle, hit.heading ?? '', ...hit.excerpt.map((p) => p.text)]) expect(text).not.toContain('~~');
    expect(hit.excerpt.filter((p) => p.mark).map((p) => p.text)).toContain('משלמים');
  });
});

/** Readers' words queries a language needs at least (the search issue). */
const MIN_READERS_WORD_CASES = 10;

/**
 * A word as the check compares it: lower case by the language's rules, without niqqud; German and
 * Turkish also without marks (a reader's "musteri" is the text's "müşteri", not a word of their own).
 */
function comparable(lang: Lang, word: string): string {
  const lower = stripNiqqud(lang === 'tr' ? foldTurkish(word) : word.toLocaleLowerCase(lang)).normalize('NFC');
  return lang === 'tr' || lang === 'de' ? lower.replaceAll('ı', 'i').normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/**
 * Every word of the main text of the built guides of a language, compared as above; a Hebrew word
 * also without each grammatical prefix chain ("הלקוח" is also "לקוח"), a hyphenated word also as
 * its parts.
 */
function guideWords(lang: Lang): Set<string> {
  const words = new Set<string>();
  for (const file of listHtml().filter((f) => f.startsWith(`${lang}/guides/`))) {
    const text = readPage(file).querySelector('main')?.text ?? '';
    for (const token of text.split(/[^\p{L}\p{M}\p{N}\u05F3\u05F4-]+/u).filter(Boolean)) {
      for (const part of new Set([token, ...token.split('-')])) {
        if (!/\p{L}/u.test(part)) continue;
        const word = comparable(lang, part);
        words.add(word);
        if (lang === 'he') for (const form of getHebrewQueryForms(word)) words.add(form);
      }
    }
  }
  return words;
}

const GUIDE_WORDS = new Map<Lang, Set<string>>();
const guideWordsOf = (lang: Lang) => GUIDE_WORDS.get(lang) ?? GUIDE_WORDS.set(lang, guideWords(lang)).get(lang)!;

describe("readers' words", () => {
  const withWord = LANGS.flatMap((lang) => CASES[lang].filter((c) => c.readersWord).map((c) => [lang, c.readersWord!, c] as const));

  test.each(LANGS)('%s has at least 10 queries with a readers’ word the guide text lacks', (lang) => {
    expect(CASES[lang].filter((c) => c.readersWord).length).toBeGreaterThanOrEqual(MIN_READERS_WORD_CASES);
  });

  test.runIf(withWord.length > 0).each(withWord)('%s "%s" is a word of its query and not a word of the guide text', (lang, word, { query }) => {
    const typed = getQueryConcepts(lang, query)
      .flat()
      .map((w) => comparable(lang, w));
    expect(typed, `"${word}" is not one of the words of "${query}"`).toContain(comparable(lang, word));
    expect(guideWordsOf(lang).has(comparable(lang, word)), `"${word}" occurs in the ${lang} guides: pick a word readers use that the text does not`).toBe(
      false,
    );
  });

  test('the check finds a word of the text in any case, with Hebrew prefixes and Turkish letters, and not a readers’ word', () => {
    const has = (lang: Lang, word: string) => guideWordsOf(lang).has(comparable(lang, word));
    expect(has('de', 'RECHNUNG')).toBe(true);
    expect(has('de', 'angelogen')).toBe(false);
    expect(has('he', 'לקוח')).toBe(true);
    expect(has('he', 'הלקוח')).toBe(true);
    expect(has('he', 'שקרנית')).toBe(false);
    expect(has('tr', 'MÜŞTERİ')).toBe(true);
    expect(has('tr', 'musteri')).toBe(true);
    expect(has('tr', 'kazıklıyor')).toBe(false);
    expect(has('da', 'Kunden')).toBe(true);
    expect(has('da', 'svoger')).toBe(false);
  });
});
