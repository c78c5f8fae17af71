import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static host: its origin and how to stop it. */
export interface StaticHost {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` under the URL prefix `base` on 127.0.0.1 the way a plain static host does:
 * `…/` is `…/index.html`, and every unknown path gets the root `404.html` with status 404.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticHost> {
  const notFound = join(dir, '404.html');
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const candidate = normalize(join(dir, path.slice(base.length)));
      const full = candidate.startsWith(dir) && existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
      if (full.startsWith(dir) && existsSync(full) && statSync(full).isFile()) file = full;
    }
    const status = file ? 200 : 404;
    const body = readFileSync(file ?? notFound);
    response.writeHead(status, { 'content-type': TYPES[extname(file ?? notFound)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('serveStatic: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
