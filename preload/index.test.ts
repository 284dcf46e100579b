import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../main/contract/methods';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: [] })), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload/index.ts', () => {
  it('exposes one object, window.kindred, whose methods go through ipcRenderer.invoke', async () => {
    await import('./index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(key).toBe('kindred');
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'files', 'onMenuCommand', 'platform'].sort());
    expect(bridge['platform']).toBe(process.platform);

    const getPlan = bridge['getPlan'] as (input: unknown) => Promise<unknown>;
    await expect(getPlan({ planId: 'p' })).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('kindred:getPlan', { planId: 'p' });

    const files = bridge['files'] as { showSavedFile(path: string): Promise<unknown> };
    await files.showSavedFile('/home/sam/Pack.docx');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('kindred-files:showSavedFile', '/home/sam/Pack.docx');
  });
});

/**
 * The sandboxed preload can only require `electron` (and a few Node shims); anything else must be
 * bundled, and must stay small. So its runtime imports are limited to dependency-free modules.
 */
describe('what the preload may import', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const ALLOWED = new Map([
    ['electron', null],
    ['main/contract/methods.ts', 'main/contract/methods.ts'],
    ['preload/bridge.ts', 'preload/bridge.ts'],
    ['main/contract/bridgeTypes.ts', 'main/contract/bridgeTypes.ts'],
    ['main/contract/fileChannels.ts', 'main/contract/fileChannels.ts'],
    ['main/contract/menuCommands.ts', 'main/contract/menuCommands.ts'],
  ]);

  /** Runtime (not `import type`) import specifiers of a file, resolved relative to the repo. */
  const runtimeImports = (file: string): string[] => {
    const source = readFileSync(path.join(root, file), 'utf8');
    return [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)].map(([, spec]) =>
      spec?.startsWith('.') ? path.relative(root, path.resolve(path.dirname(path.join(root, file)), `${spec}.ts`)) : (spec ?? ''),
    );
  };

  it('reaches only electron and dependency-free modules, however deep', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      for (const dep of runtimeImports(file)) {
        expect(ALLOWED.has(dep), `${file} imports ${dep}`).toBe(true);
        const next = ALLOWED.get(dep);
        if (next && !seen.has(next)) {
          seen.add(next);
          visit(next);
        }
      }
    };
    visit('preload/index.ts');
    expect([...seen].sort()).toEqual([
      'main/contract/bridgeTypes.ts',
      'main/contract/fileChannels.ts',
      'main/contract/menuCommands.ts',
      'main/contract/methods.ts',
      'preload/bridge.ts',
    ]);
  });

  const bundle = path.join(root, 'out/preload/index.cjs');
  it.skipIf(!existsSync(bundle))('the built bundle requires nothing but electron', () => {
    const required = [...readFileSync(bundle, 'utf8').matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map(([, m]) => m);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
