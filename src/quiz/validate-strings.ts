/**
 * Checks the strings of one language (`content/quiz/strings/{lang}.json`) against the tree
 * (pure): exactly the keys the tree and the interface need (none missing, none extra), non-empty
 * text, placeholders, the question rules (`question-rules.ts`) and the language's typography
 * (`i18n/typography.ts`). Each message names the file, the key and the fix.
 */
import { ALL_SIGNS } from '../guides/sections.ts';
import { isLang } from '../i18n/locales.ts';
import { findBannedQuote, findForbiddenTerms, findLatinLetters, QUOTES } from '../i18n/typography.ts';
import { code, isObject, suggestClosest, type Json, type Validated } from '../lib/diagnostics.ts';
import { getStringsFile } from './files.ts';
import { checkQuestionRules } from './question-rules.ts';
import { getReasonAnswers } from './scoring.ts';
import { FACTORS, OUTCOMES, QUIZ_UI_KEYS, QUIZ_UI_PLACEHOLDERS, type QuizStrings, type QuizTree } from './types.ts';

/**
 * Checks the parsed strings of one language against the tree: exactly the keys the tree and
 * the interface need (none missing, none extra), non-empty text, placeholders, the language's
 * quotation marks, no mistranslated glossary term, and no Latin letters in Hebrew. Pure.
 */
export function validateStrings(tree: QuizTree, lang: string, raw: unknown, file: string = getStringsFile(lang)): Validated<QuizStrings> {
  const problems: string[] = [];
  const at = `${file}: `;
  const missing = (key: string, what: string): void => {
    problems.push(`${at}missing ${code(key)} — add ${what}; translate it from another language's file.`);
  };
  const unknown = (key: string, candidates: readonly string[], why: string): void => {
    const s = suggestClosest(key.split('.').pop()!, candidates);
    problems.push(`${at}unknown key ${code(key)} — ${why}; remove it${s ? ` (did you mean ${code(key.replace(/[^.]*$/, s))}?)` : ''}.`);
  };
  const text = (key: string, value: unknown): void => {
    if (typeof value !== 'string') {
      problems.push(`${at}${code(key)} must be a string — got ${JSON.stringify(value)}.`);
      return;
    }
    if (value.trim() === '') {
      problems.push(`${at}${code(key)} is empty — write the text.`);
      return;
    }
    checkText(problems, at, lang, key, value);
  };
  const section = (key: string, value: unknown, required: readonly string[], why: string, what: (k: string) => string): Json | undefined => {
    if (!isObject(value)) {
      problems.push(`${at}${code(key)} must be an object with ${required.length ? required.join(', ') : 'the keys the tree needs'}.`);
      return undefined;
    }
    for (const k of Object.keys(value)) if (!required.includes(k)) unknown(`${key}.${k}`, required, why);
    for (const k of required) if (!Object.hasOwn(value, k)) missing(`${key}.${k}`, what(k));
    return value;
  };

  if (!isObject(raw)) return { ok: false, problems: [`${at}the strings must be a JSON object with ui, questions, signs, factors and outcomes.`] };
  const top = ['ui', 'questions', 'signs', 'factors', 'outcomes'];
  for (const k of Object.keys(raw)) if (!top.includes(k)) unknown(k, top, 'the strings have only ui, questions, signs, factors and outcomes');
  for (const k of top) if (!(k in raw)) missing(k, `the ${code(k)} section`);

  if ('ui' in raw) {
    const ui = section('ui', raw.ui, QUIZ_UI_KEYS, 'the quiz interface has no such string', (k) => `the interface string ${code(k)}`);
    for (const k of QUIZ_UI_KEYS) {
      if (!ui || !(k in ui)) continue;
      text(`ui.${k}`, ui[k]);
      for (const p of QUIZ_UI_PLACEHOLDERS[k] ?? []) {
        if (typeof ui[k] === 'string' && !(ui[k] as string).includes(p))
          problems.push(`${at}${code(`ui.${k}`)} lacks the placeholder ${p} — keep it where the value goes.`);
      }
    }
  }

  const reasonAnswers = getReasonAnswers(tree);
  const questionIds = Object.keys(reasonAnswers);
  if ('questions' in raw) {
    const qs = section('questions', raw.questions, questionIds, 'no question of tree.json has this id', (k) => `the text and reasons of question ${code(k)}`);
    for (const id of questionIds) {
      if (!qs || !Object.hasOwn(qs, id)) continue;
      const q = qs[id];
      const key = `questions.${id}`;
      const entry = isObject(q) ? q : undefined;
      if (!entry) {
        problems.push(`${at}${code(key)} must be an object with text, reasons and optionally hint.`);
        continue;
      }
      for (const k of Object.keys(entry))
        if (!['text', 'hint', 'reasons', 'mentions'].includes(k))
          unknown(`${key}.${k}`, ['text', 'hint', 'reasons', 'mentions'], 'a question has only text, hint, reasons and (a gate) mentions');
      if ('mentions' in entry && !(isObject(entry.mentions) && Object.values(entry.mentions).every((v) => typeof v === 'string'))) {
        problems.push(`${at}${code(`${key}.mentions`)} must be an object of question id → the words of the text naming it.`);
      }
      if (!('text' in entry)) missing(`${key}.text`, 'the question, short and answerable with yes or no');
      else text(`${key}.text`, entry.text);
      if ('hint' in entry) text(`${key}.hint`, entry.hint);
      if (!('reasons' in entry)) {
        missing(`${key}.reasons`, `the reason sentences for ${reasonAnswers[id].join(' and ') || 'no answer ({})'}`);
        continue;
      }
      const reasons = isObject(entry.reasons) ? entry.reasons : undefined;
      if (!reasons) {
        problems.push(`${at}${code(`${key}.reasons`)} must be an object keyed by answer — e.g. { "yes": "…" }.`);
        continue;
      }
      for (const k of Object.keys(reasons)) {
        if (!(reasonAnswers[id] as string[]).includes(k)) {
          problems.push(
            `${at}unknown key ${code(`${key}.reasons.${k}`)} — tree.json never lists this answer as a reason; remove it, or give that branch "reason" in tree.json.`,
          );
        }
      }
      for (const a of reasonAnswers[id]) {
        if (!(a in reasons)) missing(`${key}.reasons.${a}`, `the reason shown when the answer is ${a} (tree.json lists it as a reason)`);
        else text(`${key}.reasons.${a}`, reasons[a]);
      }
    }
  }

  if (isObject(raw.questions) && Object.values(raw.questions).every(isObject)) {
    problems.push(...checkQuestionRules(tree, lang, raw.questions as Record<string, { text: string }>, file));
  }

  if ('signs' in raw) {
    const signs = section('signs', raw.signs, ALL_SIGNS, 'it is not a sign id of src/guides/sections.ts', (k) => `the short label of the sign ${code(k)}`);
    for (const s of ALL_SIGNS) if (signs && s in signs) text(`signs.${s}`, signs[s]);
  }
  if ('factors' in raw) {
    const factors = section('factors', raw.factors, FACTORS, 'it is not a deliberation factor', (k) => `the short label of the factor ${code(k)}`);
    for (const f of FACTORS) if (factors && f in factors) text(`factors.${f}`, factors[f]);
  }
  if ('outcomes' in raw) {
    const outcomes = section('outcomes', raw.outcomes, OUTCOMES, 'it is not an outcome', (k) => `the texts of the outcome ${code(k)}`);
    for (const o of OUTCOMES) {
      const entry = outcomes?.[o];
      if (entry === undefined) continue;
      const key = `outcomes.${o}`;
      const parts = section(
        key,
        entry,
        ['title', 'summary', 'meaning', 'nextSteps'],
        'an outcome has only title, summary, meaning and nextSteps',
        (k) => `the ${k} of ${code(o)}`,
      );
      if (!parts) continue;
      for (const k of ['title', 'summary', 'meaning']) if (k in parts) text(`${key}.${k}`, parts[k]);
      if (!('nextSteps' in parts)) continue;
      const stepIds = tree.outcomes[o].nextSteps.map((s) => s.id);
      const steps = section(
        `${key}.nextSteps`,
        parts.nextSteps,
        stepIds,
        `tree.json has no next step with this id for ${o}`,
        (k) => `the text of the next step ${code(k)}`,
      );
      for (const s of stepIds) if (steps && Object.hasOwn(steps, s)) text(`${key}.nextSteps.${s}`, steps[s]);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: raw as unknown as QuizStrings };
}

/** Checks one text against its language's typography: quotation marks, glossary terms, script. */
function checkText(problems: string[], at: string, lang: string, key: string, value: string): void {
  if (!isLang(lang)) return;
  const bad = findBannedQuote(lang, value);
  if (bad) problems.push(`${at}${code(key)}: quotation mark ${bad} — ${QUOTES[lang].fix}.`);
  for (const term of findForbiddenTerms(lang, value)) {
    problems.push(`${at}${code(key)}: ${code(term)} is a mistranslation — use the term of content/glossary/${lang}.md.`);
  }
  const latin = findLatinLetters(lang, value);
  if (latin) problems.push(`${at}${code(key)}: Latin letters (${code(latin)}) in a Hebrew string — translate them.`);
}
