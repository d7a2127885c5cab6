// The W3C Nu HTML Checker (vnu.jar from the vnu-jar package), run on Java from the machine.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/** One message of the checker about one file. */
export interface NuMessage {
  /** The file, relative to the folder checked. */
  file: string;
  line: number | undefined;
  message: string;
}

/** The checker's jar, as the vnu-jar package ships it. */
export const VNU_JAR = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

/** Whether a Java runtime answers on this machine (Debian: apt-get install default-jre-headless). */
export function javaFound(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Checks every HTML file under `folder` and resolves with its errors (warnings are left out),
 * in file order. Rejects when the checker itself cannot run.
 */
export function nuErrors(folder: string): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', folder], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const report = JSON.parse(output) as { messages: { url?: string; lastLine?: number; message: string }[] };
        resolve(
          report.messages.map((m) => ({
            file: m.url ? relative(folder, new URL(m.url).pathname) : folder,
            line: m.lastLine,
            message: m.message,
          })),
        );
      } catch {
        reject(new Error(`The Nu checker did not report in JSON:\n${output.slice(0, 2000)}`));
      }
    });
  });
}
