/** Storage key of the visitor's chosen language. */
const KEY = 'preferred-lang';

/** Saves the visitor's language choice; storage may be unavailable (private mode), which is fine. */
export function rememberLang(lang: string): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* no storage: the choice is simply not remembered */
  }
}

/** Returns the remembered language, if any. */
export function recallLang(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
