/**
 * The sandboxed preload: exposes `window.kindred` (see bridgeTypes.ts) and nothing else. It may
 * import only `electron` and dependency-free modules; electron-vite bundles it to one CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';
import { BRIDGE_KEY } from '../main/contract/bridgeTypes';

contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer, process.platform));
