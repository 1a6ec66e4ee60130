// The npm registry mirror on our build machines serves only the Linux builds of some
// platform-specific optional packages (Astro's compiler bindings, Pagefind's binaries).
// `npm install` then leaves those optional packages out of package-lock.json and `npm ci`
// refuses the lockfile ("Missing: … from lock file"). This script adds a lock entry for each
// missing optional dependency, with the os/cpu it targets, so that `npm ci` accepts the
// lockfile and skips the entry on Linux x64 without fetching it.
// Run after any `npm install` that changes dependencies: `node scripts/lockfile-stubs.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const pkgs = lock.packages;

/** Guess the platform a binary package targets from its name, e.g. "darwin-arm64". */
function platformOf(name) {
  const os = ['darwin', 'linux', 'win32', 'windows', 'freebsd', 'android', 'wasm32'].find((o) => name.includes(`-${o}`));
  const cpu = ['arm64', 'x64', 'ia32', 'arm'].find((c) => name.includes(`-${c}`));
  if (!os) return {};
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  return { os: [os === 'windows' ? 'win32' : os], ...(cpu ? { cpu: [cpu] } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parentDir = path === '' ? '' : `${path}/`;
    const candidates = [`${parentDir}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => pkgs[c])) continue;
    pkgs[`node_modules/${dep}`] = { version, ...platformOf(dep), optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile-stubs: added ${added} platform stub entr${added === 1 ? 'y' : 'ies'}`);
