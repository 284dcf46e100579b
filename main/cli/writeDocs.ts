/**
 * Writes the generated parts of the docs: the plan file's JSON Schema and one example plan file
 * per starter template. `npm run docs:generate`; main/cli/generatedDocs.test.ts fails when they are stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generatedDocs } from './generatedDocs';

const root = resolve(import.meta.dirname, '../..');
for (const [path, content] of generatedDocs()) {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), content);
  console.log(`wrote ${path}`);
}
