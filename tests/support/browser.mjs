// The system Chromium, never a downloaded browser: /usr/bin/chromium or $CHROMIUM_PATH.
import { existsSync } from 'node:fs';

export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: run `apt-get install -y chromium` (or set CHROMIUM_PATH)');
  return found;
}
