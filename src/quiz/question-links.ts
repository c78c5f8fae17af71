/** Where a question's reasons link: the guide sections it is about (pure, build time). */
import { findGuideOfSection } from '../guides/sections.ts';
import { HOW_TO_GUIDE, type GuideLink, type QuizTree } from './types.ts';

/**
 * The guide sections a question is about, which its reasons link to (pure): the section of each
 * sign it covers, then the how-to section of its deliberation factor, each once. Its own module, so the
 * browser bundles, which take these links from the page's run data, leave out the table of
 * guide sections.
 */
export function getQuestionLinks(tree: QuizTree, questionId: string): GuideLink[] {
  const node = tree.nodes[questionId];
  if (node?.kind !== 'question') throw new Error(`\`${questionId}\` is not a question of this tree.`);
  const links: GuideLink[] = [];
  for (const sign of node.signs) {
    const guide = findGuideOfSection(sign);
    if (guide) links.push({ guide, section: sign });
  }
  if (node.factor !== undefined) links.push({ guide: HOW_TO_GUIDE, section: tree.factors[node.factor] });
  return links.filter((l, i) => links.findIndex((m) => m.guide === l.guide && m.section === l.section) === i);
}
