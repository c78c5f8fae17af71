import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served for the tests, e.g. `http://127.0.0.1:4599`. */
    origin: string;
  }
}

/** Serves the built `dist/` on 127.0.0.1 (as `npm start` does) for the browser tests. */
export default async function serveDist(project: TestProject) {
  const port = 4500 + Math.floor(Math.random() * 400);
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  project.provide('origin', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}
