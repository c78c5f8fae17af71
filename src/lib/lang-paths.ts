import { LANGS, type Lang } from '../i18n/locales.ts';

/** `getStaticPaths` result for a page that exists once per language. */
export function getLangPaths(): { params: { lang: Lang }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}
