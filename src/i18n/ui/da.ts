import type { UiStrings } from './types.ts';

export default {
  site: {
    name: 'Fyre kunden?',
    tagline: 'Beslutningshjælp til freelancere og mindre virksomheder',
    description: 'Praktiske guider og en selvtest til freelancere og mindre virksomheder, der overvejer at afslutte samarbejdet med en besværlig kunde.',
  },
  nav: {
    skip: 'Spring til indhold',
    main: 'Hovedmenu',
    home: 'Forside',
    guides: 'Guider',
    quiz: 'Selvtest',
    languages: 'Sprog',
    allLanguages: 'Alle sprog',
  },
  footer: {
    disclaimer: 'Siden giver generel information og er ikke juridisk eller økonomisk rådgivning.',
    privacy: 'Dine svar i selvtesten forlader aldrig din browser.',
  },
  home: {
    title: 'Er det tid til at afslutte kundeforholdet?',
    intro:
      'Nogle kunder koster mere, end de er værd – i penge, tid og nerver. Her finder du fire praktiske guider om advarselstegnene og om, hvordan du afslutter et kundeforhold – og en kort selvtest, hvor du vurderer én bestemt kunde.',
    quizHeading: 'Selvtest',
    quizText: 'Svar ja eller nej på nogle spørgsmål om én kunde, og få en vurdering med begrundelser og næste trin.',
    quizCta: 'Start selvtesten',
    guidesHeading: 'Guider',
  },
  guide: {
    toc: 'Indhold',
    summary: 'Resumé',
    source: 'Kilde',
    author: 'Forfatter',
    publication: 'Udgivet af',
    origin: {
      he: 'Oversat fra hebraisk.',
      de: 'Oversat fra tysk.',
      tr: 'Oversat fra tyrkisk.',
      da: 'Redigeret udgave af den danske kildetekst.',
    },
    readingTime: '{n} min. læsetid',
    copyLink: 'Kopiér link til afsnittet: {title}',
    linkCopied: 'Linket er kopieret',
    copyFailed: 'Linket kunne ikke kopieres – du finder det i adresselinjen.',
    otherGuides: 'Flere guider',
    takeQuiz: 'Tag selvtesten',
    sourceUnnamed: 'Efter en artikel fra nettet; forfatteren er ikke angivet.',
  },
  search: {
    label: 'Søg i guiderne',
    placeholder: 'Beskriv problemet …',
    hint: 'Resultaterne vises, mens du skriver. Med pil ned går du til resultaterne, og Esc lukker dem.',
    clear: 'Ryd søgningen',
    submit: 'Søg',
    results: 'Søgeresultater',
    countOne: '1 afsnit fundet',
    countOther: '{n} afsnit fundet',
    noResults: 'Ingen resultater for »{query}«. Prøv med andre ord.',
    loading: 'Søgningen indlæses …',
    error: 'Søgningen er ikke tilgængelig lige nu. Du finder alle guiderne i oversigten.',
    browse: 'Se alle guider',
  },
  notFound: {
    title: 'Siden findes ikke',
    message: 'Siden findes ikke (længere). Måske hjælper et af disse links dig videre.',
    home: 'Til forsiden',
  },
  chooser: {
    title: 'Vælg sprog',
    description: 'Guider og selvtest: Er det tid til at afslutte et kundeforhold?',
  },
  card: {
    alt: 'Forhåndsvisning: »{title}« – {site}',
  },
} satisfies UiStrings;
