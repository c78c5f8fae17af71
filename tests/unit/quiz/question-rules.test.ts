import { describe, expect, test } from 'vitest';
import { findNegation } from '../../../src/quiz/question-rules.ts';

/** For each language: questions that must pass and the negated ones the reviews found. */
const CASES: Record<string, { positive: string[]; negated: string[] }> = {
  de: {
    positive: [
      'Zahlt der Kunde seine Rechnungen immer wieder zu spät?',
      'Stockt die Arbeit, weil der Kunde seinen Teil schuldig bleibt?',
      'Kennt er Niederlassungen in Kiel?',
    ],
    negated: ['Zahlt der Kunde nicht pünktlich?', 'Gibt er nichts aus der Hand?', 'Hat er keine Zeit?', 'Antwortet er nie?'],
  },
  da: {
    positive: ['Går arbejdet i stå, fordi kunden mangler at levere sin del?', 'Er det ikkeeksisterende?'],
    negated: ['Giver kunden ikke slip på noget?', 'Betaler kunden aldrig til tiden?', 'Har kunden ingen respekt?'],
  },
  tr: {
    positive: ['Müşteri faturalarınızı sürekli geç mi ödüyor?', 'Müşteri her şeyi kontrol etmek istiyor mu?', 'İş sürekli tıkanıyor mu?'],
    negated: [
      'Müşteri kendi payına düşeni sağlamıyor mu?',
      'Tavsiyelerinizi dinlemiyor mu?',
      'Ödemeyi hiç yapmadı mı?',
      'Bu iş uygun değil mi?',
      'Müşteri ödememiş mi?',
      'Müşteri faturayı ödemedi mi?',
      'Müşteri zamanında ödemez mi?',
      'Müşteri ödemeyecek mi?',
      'Bunu yapmamalı mı?',
    ],
  },
  he: {
    positive: ['האם העבודה נתקעת כי הלקוח מתעכב עם החלק שלו?', 'האם הלקוח שיקר לכם?', 'האם לאה היא הלקוחה?'],
    negated: ['האם הלקוח אינו מספק את החלק שלו?', 'האם הלקוח לא משלם?', 'האם יש משהו שלא עובד?', 'האם אין לו כסף?'],
  },
};

describe('findNegation()', () => {
  test.each(Object.entries(CASES))('finds every negated question in %s and passes the positive ones', (lang, { positive, negated }) => {
    for (const q of positive) expect(findNegation(lang, q), q).toBeUndefined();
    for (const q of negated) expect(findNegation(lang, q), q).toBeDefined();
  });
});
