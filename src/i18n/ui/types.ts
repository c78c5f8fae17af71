/**
 * Every interface string of the site. Each language file ends in `satisfies UiStrings`, so a
 * missing or extra key is a type error naming the file and key; `getUi` checks the same at
 * build time. Placeholders in braces (`{n}`) are filled by `format`.
 */
export interface UiStrings {
  site: { name: string; tagline: string; description: string };
  nav: {
    skip: string;
    main: string;
    home: string;
    guides: string;
    quiz: string;
    languages: string;
    allLanguages: string;
  };
  footer: { disclaimer: string; privacy: string };
  home: {
    title: string;
    intro: string;
    quizHeading: string;
    quizText: string;
    quizCta: string;
    guidesHeading: string;
  };
  guide: {
    toc: string;
    summary: string;
    source: string;
    author: string;
    publication: string;
    /** Where the text comes from, keyed by the language the guide was translated from. */
    origin: Record<'he' | 'de' | 'tr' | 'da', string>;
    readingTime: string;
    copyLink: string;
    linkCopied: string;
    copyFailed: string;
    otherGuides: string;
    takeQuiz: string;
    /** Source line of a guide whose original names no author, publication or copyright. */
    sourceUnnamed: string;
  };
  /** Site search in the header (SPEC section 4b); everything it shows or announces. */
  search: {
    /** Accessible name of the search field. */
    label: string;
    placeholder: string;
    /** How the field works, read by screen readers with it. */
    hint: string;
    clear: string;
    /** Accessible name of the submit button (opens the first result). */
    submit: string;
    /** Accessible name of the list of results. */
    results: string;
    /** Result count: `{n}` sections found (plural forms by Intl.PluralRules). */
    countOne: string;
    countOther: string;
    /** No section matches `{query}`. */
    noResults: string;
    loading: string;
    error: string;
    /** Link to the list of all guides (also what the field becomes without JavaScript). */
    browse: string;
  };
  notFound: { title: string; message: string; home: string };
  chooser: { title: string; description: string };
  /** The page's share card (SPEC section 2, Share cards). */
  card: {
    /** Text alternative of the card image (`og:image:alt`): the `{title}` and the `{site}` name it shows. */
    alt: string;
  };
}
