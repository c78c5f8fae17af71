/**
 * The rules of SPEC section 4 "Questions people answer right" that a machine can check, per
 * language (pure). The rules themselves, with good and bad examples, are in
 * `content/quiz/README.md`, beside the questions.
 * - A question is positively phrased: no negated verb, because a yes or no to a negative
 *   question is ambiguous in Danish, Turkish and Hebrew (and unclear in German).
 * - A question has a hint saying what counts and what does not (gates name their situations instead).
 * - A gate names, in its own text, every situation of the group it opens (`mentions`), so nobody
 *   skips a group that applies to them.
 */
import type { QuizTree } from './types.ts';
import { getGateGroup } from './tree-graph.ts';

/** A letter of any script: the edge of a word is where none is. */
const EDGE_BEFORE = '(?<!\\p{L})';
const EDGE_AFTER = '(?!\\p{L})';

/**
 * Negation per language: whole words, and for Turkish the negative verb suffixes. A starting
 * list; add a form when a review finds one it misses.
 */
export const NEGATIONS: Readonly<Record<string, RegExp>> = {
  de: new RegExp(`${EDGE_BEFORE}(nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|niemand)${EDGE_AFTER}`, 'iu'),
  da: new RegExp(`${EDGE_BEFORE}(ikke|aldrig|ingen|intet|ingenting|ingensinde)${EDGE_AFTER}`, 'iu'),
  // Negative verb forms: -mıyor (present), -madı (past), -maz (aorist), -mayacak (future),
  // -mamış (perfect), -mamalı (necessity); and the negative words.
  tr: new RegExp(
    `(\\p{L}+m[ıiuü]yor\\p{L}*|\\p{L}{2,}m[ae]d[ıiuü]${EDGE_AFTER}|\\p{L}+m[ae]z${EDGE_AFTER}|\\p{L}+m[ae]y[ae]c[ae]k\\p{L}*|\\p{L}+m[ae]m[ıi]ş\\p{L}*|\\p{L}+m[ae]m[ae]l[ıi]\\p{L}*|${EDGE_BEFORE}(değil|yok|hiç|hiçbir|asla)\\p{L}*)`,
    'u',
  ),
  // With the prefixes that attach to them (ש, ו, כש, ה): "שלא", "ולא", "שאינו".
  he: new RegExp(`${EDGE_BEFORE}(ו|ש|כש|וש|ה)?(לא|אינו|אינה|אינם|אינן|אינכם|אינני|אין|שום|בלי|אף\\s+פעם|לעולם\\s+לא)${EDGE_AFTER}`, 'u'),
};

/** The question strings these rules read. */
interface QuestionText {
  readonly text: string;
  readonly hint?: string;
  readonly mentions?: Readonly<Record<string, string>>;
}

/** Returns the negation a question text contains, if any. Pure. */
export function findNegation(lang: string, text: string): string | undefined {
  return NEGATIONS[lang]?.exec(text)?.[0];
}

/**
 * Checks every question of one language against the rules; returns one message per problem,
 * each naming the file, the question and the fix. Pure.
 */
export function checkQuestionRules(tree: QuizTree, lang: string, questions: Readonly<Record<string, QuestionText>>, file: string): string[] {
  const problems: string[] = [];
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (node.kind !== 'question') continue;
    const q = questions[id];
    if (typeof q?.text !== 'string') continue;
    const at = `${file}: question \`${id}\` (${lang}): `;
    const negation = findNegation(lang, q.text);
    if (negation) {
      problems.push(`${at}the question is negated ("${negation}") — ask it positively, so that a yes or a no cannot be misread (see content/quiz/README.md).`);
    }
    if (node.gate === true) {
      const group = getGateGroup(tree, id);
      const mentions = q.mentions ?? {};
      for (const member of group) {
        const words = mentions[member];
        if (typeof words !== 'string' || words.trim() === '') {
          problems.push(
            `${at}the gate does not name the situation of \`${member}\`, which it opens — add it to the text and its words to "mentions": { "${member}": "…" }.`,
          );
        } else if (!q.text.includes(words)) {
          problems.push(`${at}mentions.${member} "${words}" is not in the gate's text — name that situation in the text, in these words.`);
        }
      }
      for (const other of Object.keys(mentions)) {
        if (!group.includes(other)) problems.push(`${at}mentions.${other}: \`${other}\` is not in the group this gate opens — remove it.`);
      }
    } else {
      if (q.mentions !== undefined) problems.push(`${at}only a gate has "mentions" — remove it.`);
      if (typeof q.hint !== 'string' || q.hint.trim() === '') {
        problems.push(`${at}the question has no hint — add one saying what counts and what does not.`);
      }
    }
  }
  return problems;
}
