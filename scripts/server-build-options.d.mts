import type { BuildOptions } from 'esbuild';

/** See server-build-options.mjs. */
export declare const serverBuildOptions: (root: string) => BuildOptions;
