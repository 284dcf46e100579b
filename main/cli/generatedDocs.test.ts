/**
 * The plan file's JSON Schema and the example plan files in docs/ are written from the code by
 * `npm run docs:generate`; these tests fail when they are stale, and prove every example reads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../domain/planFile';
import { generatedDocs } from './generatedDocs';

const root = resolve(import.meta.dirname, '../..');

describe('the generated docs', () => {
  it('has its schema and the example plan files in docs, up to date (npm run docs:generate)', () => {
    for (const [path, content] of generatedDocs()) {
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale: run npm run docs:generate`).toBe(content);
    }
  });

  it('reads every example in docs/examples', () => {
    for (const [path] of generatedDocs()) {
      if (!path.endsWith('.kindred')) continue;
      const plan = parsePlanFile(readFileSync(join(root, path), 'utf8'));
      expect(plan.blocks.length).toBeGreaterThan(3);
    }
  });
});
