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
  };
  notFound: { title: string; message: string; home: string };
  chooser: { title: string; description: string };
}
