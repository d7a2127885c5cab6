// The one way scripts and tests build the site: `npm run build` (the command a developer and CI
// use) in a child process, with its own output and cache folders so builds never share state.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** What a build printed and how it ended. */
export interface BuildResult {
  code: number | null;
  output: string;
}

/** Options of one isolated build. */
export interface BuildOptions {
  outDir: string;
  /** A content folder other than ./content (a broken copy, a synthetic record). */
  contentDir?: string;
  /** A base path such as /face-rules/. */
  basePath?: string;
  /** The Astro cache folder; a fresh temporary one by default. */
  cacheDir?: string;
  /** Called with the build's process id as it starts (the benchmark samples its memory). */
  onStart?: (pid: number) => void;
}

/** Runs one isolated build; resolves with its exit code and combined output. */
export function runBuild({ outDir, contentDir, basePath, cacheDir, onStart }: BuildOptions): Promise<BuildResult> {
  // Vitest copies import.meta.env into process.env (BASE_URL=/, MODE=test …); Astro would take
  // them over its own config in the child build, so they are left out.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir ?? mkdtempSync(join(tmpdir(), 'face-rules-cache-')),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  if (basePath) env['BASE_PATH'] = basePath;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) onStart?.(child.pid);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, output });
    });
  });
}
