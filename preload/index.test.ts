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
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'files', 'onMenuCommand', 'openRoomScreen', 'platform'].sort());
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
 * The sandboxed preload can only require `electron`; anything else is bundled into it. What its
 * source may import is a wall in .dependency-cruiser.cjs (`preload-bundles-nothing-heavy`); this
 * checks the bundle electron-vite actually built, when there is one.
 */
describe('what the preload bundle requires', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const bundle = path.join(root, 'out/preload/index.cjs');
  it.skipIf(!existsSync(bundle))('the built bundle requires nothing but electron', () => {
    const required = [...readFileSync(bundle, 'utf8').matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map(([, m]) => m);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
