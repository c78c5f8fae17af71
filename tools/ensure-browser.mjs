// Makes sure a Chromium is available for the browser tests (SPEC section 6): CHROME_PATH or a
// usual system path; otherwise, as root with apt, installs Debian's `chromium`; else explains.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);
if (candidates.some((p) => existsSync(p))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  /* no apt */
}
if (isRoot && hasApt) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'The browser tests need Chromium or Chrome and none was found.\n' +
    'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or point CHROME_PATH at a Chrome/Chromium binary, then run `npm test` again.',
);
process.exit(1);
