import type { UiStrings } from './types.ts';

export default {
  site: {
    name: 'Kunden feuern?',
    tagline: 'Entscheidungshilfe für Selbstständige und Kleinunternehmen',
    description:
      'Praktische Ratgeber und ein Selbsttest für Selbstständige und Kleinunternehmen, die überlegen, ob sie sich von einem schwierigen Kunden trennen sollten.',
  },
  nav: {
    skip: 'Zum Inhalt springen',
    main: 'Hauptnavigation',
    home: 'Startseite',
    guides: 'Ratgeber',
    quiz: 'Selbsttest',
    languages: 'Sprache',
    allLanguages: 'Alle Sprachen',
  },
  footer: {
    disclaimer: 'Diese Seite bietet allgemeine Informationen und ersetzt keine Rechts- oder Finanzberatung.',
    privacy: 'Ihre Antworten im Selbsttest werden nicht übertragen – sie bleiben in Ihrem Browser.',
  },
  home: {
    title: 'Ist es Zeit, sich von diesem Kunden zu trennen?',
    intro:
      'Manche Kunden kosten mehr, als sie einbringen: Geld, Zeit, Nerven. Hier finden Sie vier praktische Ratgeber zu den Warnzeichen und zur Trennung sowie einen kurzen Selbsttest zu einem konkreten Kunden.',
    quizHeading: 'Selbsttest',
    quizText: 'Beantworten Sie einige Fragen zu einem Kunden mit Ja oder Nein. Am Ende erhalten Sie eine Einschätzung mit Gründen und nächsten Schritten.',
    quizCta: 'Selbsttest starten',
    guidesHeading: 'Ratgeber',
  },
  guide: {
    toc: 'Inhalt',
    summary: 'Zusammenfassung',
    source: 'Quelle',
    author: 'Verfasst von',
    publication: 'Erschienen in',
    origin: {
      he: 'Aus dem Hebräischen übersetzt.',
      de: 'Redaktionell überarbeitete Fassung der deutschen Vorlage.',
      tr: 'Aus dem Türkischen übersetzt.',
      da: 'Aus dem Dänischen übersetzt.',
    },
    readingTime: '{n} Min. Lesezeit',
    copyLink: 'Link zu diesem Abschnitt kopieren: {title}',
    linkCopied: 'Link kopiert',
    copyFailed: 'Kopieren nicht möglich – der Link steht in der Adresszeile.',
    otherGuides: 'Weitere Ratgeber',
    takeQuiz: 'Zum Selbsttest',
    sourceUnnamed: 'Nach einem Online-Artikel ohne Angabe des Verfassers.',
  },
  search: {
    label: 'Ratgeber durchsuchen',
    placeholder: 'Problem beschreiben …',
    hint: 'Treffer erscheinen schon beim Tippen. Mit der Pfeiltaste nach unten gelangen Sie zu den Treffern; mit Esc schließen Sie die Liste.',
    clear: 'Suchfeld leeren',
    submit: 'Suchen',
    results: 'Suchergebnisse',
    countOne: '1 Abschnitt gefunden',
    countOther: '{n} Abschnitte gefunden',
    noResults: 'Keine Treffer für „{query}“. Versuchen Sie es mit anderen Suchbegriffen.',
    loading: 'Suche wird geladen …',
    error: 'Die Suche ist gerade nicht verfügbar. Alle Ratgeber finden Sie in der Übersicht.',
    browse: 'Alle Ratgeber ansehen',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    message: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft Ihnen einer dieser Links weiter.',
    home: 'Zur Startseite',
  },
  chooser: {
    title: 'Sprache wählen',
    description: 'Ratgeber und Selbsttest: Ist es Zeit, sich von einem Kunden zu trennen?',
  },
  card: {
    alt: 'Vorschaubild: „{title}“ – {site}',
  },
} satisfies UiStrings;
