import { mkdtempSync, symlinkSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = process.cwd();

/** Result of a build in a throw-away copy of the project. */
export interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
  cleanup: () => void;
}

/**
 * Builds the site in a temporary directory that links to this project's sources, so a test can
 * swap the guides for a broken fixture, break another content file in the copy (`prepare`), or
 * change BASE_PATH without touching `dist/` or `.astro/`.
 */
export function buildIsolated(options: { guidesDir?: string; env?: Record<string, string>; prepare?: (dir: string) => void } = {}): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'site-build-'));
  // Vite resolves symlinks to their real path, so the sources are copied; only packages are linked.
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (options.guidesDir) {
    rmSync(join(dir, 'content/guides'), { recursive: true, force: true });
    cpSync(options.guidesDir, join(dir, 'content/guides'), { recursive: true });
  }
  options.prepare?.(dir);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', dir], {
    cwd: dir,
    env: { ...cleanEnv(), ...options.env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    dist: join(dir, 'dist'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The environment without what Vitest sets (NODE_ENV=test, VITEST…), which changes how Astro builds. */
function cleanEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !/^(VITEST|NODE_ENV$|MODE$|BASE_URL$|DEV$|PROD$|SSR$|TEST$|GUIDES_DIR$)/.test(entry[0]),
    ),
  );
}
