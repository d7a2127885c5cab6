// Cuts a dated release of the open data: copies the built data files listed by the data package
// into content/releases/<date>/ with a SHA256SUMS, to be committed. A release is never edited:
// the build refuses one whose files no longer match their checksums.
// Usage: npm run data:release [-- --date YYYY-MM-DD]   (builds first; the date defaults to today, UTC)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256sums } from '../src/lib/releases/checksums.ts';

const args = process.argv.slice(2);
const dist = args[0] && !args[0].startsWith('--') ? args[0] : 'dist';
const dateIndex = args.indexOf('--date');
const date = dateIndex >= 0 ? args[dateIndex + 1] : new Date().toISOString().slice(0, 10);
if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date))
  throw new Error(`--date expects YYYY-MM-DD, got ${JSON.stringify(date)}`);

const dataDir = join(dist, 'data');
const packageFile = join(dataDir, 'datapackage.json');
if (!existsSync(packageFile)) throw new Error(`${packageFile} is missing: build the site first (npm run build)`);
const target = join('content', 'releases', date);
if (existsSync(target))
  throw new Error(`${target} already exists: a release is never replaced; cut a new one another day`);

// The release is the data package and every file it names, so its relative paths still resolve.
const descriptor = JSON.parse(readFileSync(packageFile, 'utf8')) as { resources: { path: string }[] };
const paths = ['datapackage.json', ...descriptor.resources.map((resource) => resource.path)];
const files = paths.map((path) => ({ path, bytes: readFileSync(join(dataDir, path)) }));
for (const file of files) {
  mkdirSync(dirname(join(target, file.path)), { recursive: true });
  writeFileSync(join(target, file.path), file.bytes);
}
writeFileSync(join(target, 'SHA256SUMS'), sha256sums(files));
console.log(`release ${date}: ${files.length} files in ${target} (with SHA256SUMS); commit them`);
