/** The id a content file gets: its name without the extension. */
export function idOfFile(file: string): string {
  const name = file.split('/').pop() ?? file;
  return name.replace(/\.[^.]+$/, '');
}

/** Files that would share an id (e.g. `a.md` and `a.mdx`), grouped by that id. */
export function filesSharingAnId(files: readonly string[]): [id: string, files: string[]][] {
  const byId = new Map<string, string[]>();
  for (const file of files) byId.set(idOfFile(file), [...(byId.get(idOfFile(file)) ?? []), file]);
  return [...byId].filter(([, group]) => group.length > 1).map(([id, group]) => [id, group.sort()]);
}

/** The content folder: `./content`, or `$CONTENT_DIR` (tests and the benchmark build copies elsewhere). */
export function contentDirectory(): string {
  return process.env['CONTENT_DIR'] ?? './content';
}

/** The front matter of a Markdown or MDX file, between its opening `---` lines. */
export const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

/**
 * The body of a Markdown or MDX file with its front matter blanked out, line for line, so that
 * a line number in the body is the line number in the file.
 */
export function bodyOfFile(raw: string): string {
  return raw.replace(FRONT_MATTER, (front) => '\n'.repeat(front.split('\n').length - 1));
}
