#!/usr/bin/env node
// `npx kindred …` inside this repository: runs the TypeScript CLI through tsx, so the command line
// always uses the very domain code the app does. (The packaged app does not ship the CLI.)
import { register } from 'tsx/esm/api';

register();
await import('./kindred.ts');
