// Tests build the site as the scripts do: one runner, in scripts/lib/build.ts.
export { runBuild, type BuildOptions, type BuildResult } from '../../scripts/lib/build';
