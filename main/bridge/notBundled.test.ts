/**
 * The bridge is a dev/test tool that opens an HTTP port; it must never reach the packaged app.
 * electron-vite bundles whatever main/app, preload and renderer import, so none of them (nor
 * anything else outside main/bridge that they could import) may import the bridge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const bridgeDir = join(repo, 'main', 'bridge');
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile() && SOURCE.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Every module specifier in static imports/exports, dynamic import() and require(). */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[1]) found.push(m[1]);
  return found;
}

/** The specifiers in `code` (the text of `file`) that lead into main/bridge. */
function bridgeImports(file: string, code: string): string[] {
  return specifiers(code).filter((spec) => {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      return target === bridgeDir || target.startsWith(bridgeDir + sep);
    }
    // Path aliases or package-style names pointing at the bridge.
    return /(^|[/@])main\/bridge(\/|$)/.test(spec);
  });
}

describe('the web bridge stays out of the app', () => {
  const scanned = ['main', 'preload', 'renderer']
    .flatMap((top) => sourceFiles(join(repo, top)))
    .filter((f) => !f.startsWith(bridgeDir + sep));

  it('scans the Electron main process code', () => {
    expect(scanned.some((f) => relative(repo, f).startsWith(join('main', 'app') + sep))).toBe(true);
  });

  it('is imported by no file outside main/bridge', () => {
    const offenders = scanned.flatMap((f) => bridgeImports(f, readFileSync(f, 'utf8')).map((spec) => `${relative(repo, f)} imports "${spec}"`));
    expect(offenders).toEqual([]);
  });

  it('detects the import forms it guards against', () => {
    const here = join(repo, 'main', 'app', 'x.ts');
    const forms = [
      `import { startBridge } from '../bridge/server';`,
      `export * from "../bridge/api";`,
      `const m = await import('../bridge/server');`,
      `import '../bridge';`,
      `import { x } from '@kindred/main/bridge/server';`,
    ];
    for (const code of forms) expect(bridgeImports(here, code), code).toHaveLength(1);
    expect(bridgeImports(here, `import { openKindred } from '../service/openKindred';`)).toEqual([]);
  });
});
