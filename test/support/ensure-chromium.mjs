// Makes sure a Chromium exists before the browser suites start. On a fresh Debian machine it
// installs Debian's package (the test tools may not download a browser of their own here).
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

let path = findChromium();
if (!path) {
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) {
    console.error('No Chromium found. Install one (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian\'s chromium package…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  path = findChromium();
  if (!path) {
    console.error('Installing chromium did not provide a browser.');
    process.exit(1);
  }
}
console.log(`Chromium: ${path} (${execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()})`);
