import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the test build of the real content goes (never the developer's dist/). */
export const TEST_DIST = `${ROOT}dist-test`;
