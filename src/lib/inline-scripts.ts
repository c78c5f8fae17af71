/**
 * The only inline scripts of the site: one-liners that must run before the first paint, so
 * they cannot wait for a module. Each sets a flag on <html> that hides what would otherwise
 * move while the quiz island or the outcome page builds itself (layout shift). Their hashes go
 * into the Content-Security-Policy (astro.config.mjs), so the texts here are exactly what runs.
 */

/** Quiz page: the island will draw the question; hide what follows it until then. */
export const QUIZ_PENDING = "document.documentElement.setAttribute('data-quiz-pending','')";

/** Outcome page: with a fragment, the visitor's result will be built; hide the page body until then. */
export const RUN_PENDING = "if(location.hash.length>1)document.documentElement.setAttribute('data-run-pending','')";

/** Every inline script, for the CSP hashes. */
export const INLINE_SCRIPTS = [QUIZ_PENDING, RUN_PENDING] as const;
