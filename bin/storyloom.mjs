#!/usr/bin/env node
// The `storyloom` command: loads the TypeScript core under plain Node through tsx (no build step needed).
import { register } from 'tsx/esm/api';

register();
await import('../src-main/cli/main.ts');
