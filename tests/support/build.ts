import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';

/** What a build printed and how it ended. */
export interface BuildResult {
  code: number | null;
  output: string;
}

/** Options of one isolated build. */
export interface BuildOptions {
  outDir: string;
  contentDir?: string;
  basePath?: string;
}

/**
 * Runs `npm run build` (the same command a developer and CI use) with its own output and cache
 * folders, so builds never share state; resolves with its exit code and combined output.
 */
export function runBuild({ outDir, contentDir, basePath }: BuildOptions): Promise<BuildResult> {
  // Vitest copies import.meta.env into process.env (BASE_URL=/, MODE=test …); Astro would take
  // them over its own config in the child build, so they are left out.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'face-rules-cache-')),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  if (basePath) env['BASE_PATH'] = basePath;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, output });
    });
  });
}
