// Types of build-cli.mjs for the TypeScript scripts that share its reading of a build's inputs.
import type { Metafile } from 'esbuild';
export function sourceInputs(metafile: Metafile): string[];
export function buildCli(): Promise<void>;
