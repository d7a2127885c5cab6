// Keeps package-lock.json installable with `npm ci` on every machine.
//
// Some packages list optional, per-platform binaries that the registry these machines reach does
// not serve (e.g. @astrojs/compiler-binding-darwin-arm64@0.5.1). `npm install` skips them but
// still records them as wanted, and `npm ci` then refuses the lock as "out of sync". This removes
// optional dependencies that have no entry in the lock. Run after every `npm install` (it is the
// `postinstall` script); it changes nothing when there is nothing to prune.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const installed = Object.keys(lock.packages);
const pruned = [];

for (const [name, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  const kept = Object.entries(entry.optionalDependencies).filter(([dependency]) => {
    const available = installed.some((key) => key.endsWith(`node_modules/${dependency}`));
    if (!available) pruned.push(`${name.replace(/^node_modules\//, '')} → ${dependency}`);
    return available;
  });
  entry.optionalDependencies = Object.fromEntries(kept);
}

if (pruned.length > 0) {
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`prune-lock: removed ${pruned.length} unavailable optional dependencies:\n  ${pruned.join('\n  ')}`);
}
