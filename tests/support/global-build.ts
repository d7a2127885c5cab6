import { existsSync, rmSync } from 'node:fs';
import { runBuild } from './build';
import { TEST_DIST } from './paths';

/** Builds the real content once for the site and browser layers; a failed build fails the run. */
export default async function setup(): Promise<void> {
  // While working on one test: REUSE_TEST_BUILD=1 keeps the last test build (never in CI).
  if (process.env['REUSE_TEST_BUILD'] && !process.env['CI'] && existsSync(TEST_DIST)) return;
  rmSync(TEST_DIST, { recursive: true, force: true });
  const { code, output } = await runBuild({ outDir: TEST_DIST });
  if (code !== 0) throw new Error(`The site does not build:\n${output}`);
}
