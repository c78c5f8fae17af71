/**
 * The stable section ids of every guide, in reading order (SPEC section 3).
 * They are identical in all languages, so `/{lang}/guides/{slug}/#{id}` survives a language
 * switch. The build checks every guide file against this table.
 */
export const GUIDE_SECTIONS = {
  'ten-signs': [
    'physical-abuse',
    'mental-abuse',
    'lies',
    'unreasonable-demands',
    'slow-payer',
    'invoice-disputes',
    'changes-mind',
    'ignores-advice',
    'plays-competitors',
    'legal-risk',
  ],
  'seven-signs': ['dread-calls', 'questions-every-charge', 'constant-emergencies', 'no-follow-through', 'micromanages', 'wont-delegate', 'money-troubles'],
  'five-signs': ['off-brand-work', 'over-accommodating', 'underpaid', 'treated-badly', 'friends-family'],
  'how-to-fire-a-client': [
    'evaluate-objectively',
    'expectations-mismatch',
    'client-underdelivers',
    'make-sure',
    'low-revenue',
    'influential',
    'prepare-explanation',
    'handle-disrespect',
    'fire-in-person',
    'deal-breakers',
    'stakeholder',
    'paid-in-full',
  ],
} as const;

/** A guide's slug. */
export type GuideSlug = keyof typeof GUIDE_SECTIONS;

/** Every guide slug, in the order the guides are listed. */
export const GUIDE_SLUGS = Object.keys(GUIDE_SECTIONS) as GuideSlug[];

/** A section id of one guide. */
export type SectionId<S extends GuideSlug = GuideSlug> = (typeof GUIDE_SECTIONS)[S][number];

/** The guides whose sections are signs the quiz must ask about. */
export const SIGN_GUIDES = ['ten-signs', 'seven-signs', 'five-signs'] as const satisfies readonly GuideSlug[];

/** A sign id (a section of one of the three sign guides). */
export type SignId = (typeof GUIDE_SECTIONS)[(typeof SIGN_GUIDES)[number]][number];

/**
 * Every sign id of the three sign guides, in guide order. Marked pure so that browser bundles,
 * which import this module for other names, leave it (and the section table) out.
 */
export const ALL_SIGNS: readonly SignId[] = /* @__PURE__ */ SIGN_GUIDES.flatMap((g) => GUIDE_SECTIONS[g] as readonly SignId[]);

/** Returns the guide a section id belongs to, or undefined for an unknown id. Pure. */
export function findGuideOfSection(id: string): GuideSlug | undefined {
  return GUIDE_SLUGS.find((slug) => (GUIDE_SECTIONS[slug] as readonly string[]).includes(id));
}
