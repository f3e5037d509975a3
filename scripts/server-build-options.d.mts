import type { BuildOptions, Metafile } from 'esbuild';

/** See server-build-options.mjs. */
export declare const serverBuildOptions: (root: string) => BuildOptions & { metafile: true };

/** See server-build-options.mjs. */
export declare const buildBotbuilder: (root: string, metafile: Metafile) => Promise<{ outfile: string; bytes: number }>;
