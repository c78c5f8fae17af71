import type { UiStrings } from './types.ts';

export default {
  site: {
    name: 'Müşteriyi kovmalı mı?',
    tagline: 'Serbest çalışanlar ve küçük işletmeler için karar rehberi',
    description: 'Zor bir müşteriyle yollarını ayırmayı düşünen serbest çalışanlar ve küçük işletmeler için pratik rehberler ve bir öz değerlendirme testi.',
  },
  nav: {
    skip: 'İçeriğe geç',
    main: 'Ana menü',
    home: 'Ana sayfa',
    guides: 'Rehberler',
    quiz: 'Öz değerlendirme testi',
    languages: 'Dil',
    allLanguages: 'Tüm diller',
  },
  footer: {
    disclaimer: 'Bu site genel bilgi sunar; hukuki veya mali danışmanlık yerine geçmez.',
    privacy: 'Testteki yanıtlarınız yalnızca tarayıcınızda kalır; hiçbir yere gönderilmez.',
  },
  home: {
    title: 'Bu müşteriyle yollarınızı ayırmanın zamanı geldi mi?',
    intro:
      'Bazı müşteriler kazandırdığından fazlasını götürür: paranızı, zamanınızı ve sinirlerinizi. Burada uyarı işaretlerini ve bir müşteriyle yollarınızı nasıl ayıracağınızı anlatan dört pratik rehber ile aklınızdaki müşteri için kısa bir öz değerlendirme testi bulacaksınız.',
    quizHeading: 'Öz değerlendirme testi',
    quizText:
      'Belirli bir müşteriyi düşünerek birkaç evet/hayır sorusunu yanıtlayın; size gerekçeleri ve sonraki adımlarıyla birlikte bir değerlendirme sunalım.',
    quizCta: 'Teste başla',
    guidesHeading: 'Rehberler',
  },
  guide: {
    toc: 'İçindekiler',
    summary: 'Özet',
    source: 'Kaynak',
    author: 'Yazar',
    publication: 'Yayın',
    origin: {
      he: 'İbraniceden çevrilmiştir.',
      de: 'Almancadan çevrilmiştir.',
      tr: 'Özgün Türkçe metnin düzenlenmiş hâlidir.',
      da: 'Danimarkacadan çevrilmiştir.',
    },
    readingTime: '{n} dk okuma',
    copyLink: 'Bu bölümün bağlantısını kopyala: {title}',
    linkCopied: 'Bağlantı kopyalandı',
    copyFailed: 'Bağlantı kopyalanamadı; adres çubuğundan kopyalayabilirsiniz.',
    otherGuides: 'Diğer rehberler',
    takeQuiz: 'Teste git',
    sourceUnnamed: 'İnternette yayımlanmış bir makaleden uyarlanmıştır; yazarın adı belirtilmemiştir.',
  },
  search: {
    label: 'Rehberlerde ara',
    placeholder: 'Sorununuzu yazın…',
    hint: 'Sonuçlar siz yazdıkça görünür. Aşağı ok tuşuyla sonuçlara geçebilir, Escape tuşuyla sonuçları kapatabilirsiniz.',
    clear: 'Aramayı temizle',
    submit: 'Ara',
    results: 'Arama sonuçları',
    countOne: '1 bölüm bulundu',
    countOther: '{n} bölüm bulundu',
    noResults: '“{query}” için sonuç bulunamadı. Başka kelimelerle deneyin.',
    loading: 'Arama yükleniyor…',
    error: 'Arama şu anda kullanılamıyor; tüm rehberleri ana sayfadaki listede bulabilirsiniz.',
    browse: 'Tüm rehberlere göz at',
  },
  notFound: {
    title: 'Sayfa bulunamadı',
    message: 'Bu sayfa mevcut değil ya da kaldırılmış. Aşağıdaki bağlantılardan biri işinize yarayabilir.',
    home: 'Ana sayfaya dön',
  },
  chooser: {
    title: 'Dil seçin',
    description: 'Rehberler ve test: Bir müşteriyle yollarınızı ayırmanın zamanı geldi mi?',
  },
  card: {
    alt: 'Önizleme görseli: “{title}” – {site}',
  },
} satisfies UiStrings;
