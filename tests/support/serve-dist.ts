import type { TestProject } from 'vitest/node';
import { DIST } from './dist.ts';
import { serveStatic } from './static-host.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served for the tests, e.g. `http://127.0.0.1:4599`. */
    origin: string;
  }
}

/**
 * Serves the built `dist/` on 127.0.0.1 for the browser tests, as a plain static host does
 * (no rewrites: `questions.json/` is a 404), so the tests see what a visitor of the deployed
 * site sees. `astro preview` forgave URLs a real host does not.
 */
export default async function serveDist(project: TestProject) {
  const host = await serveStatic(DIST);
  project.provide('origin', host.origin);
  return host.close;
}
