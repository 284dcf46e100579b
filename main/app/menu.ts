/**
 * The application menu, in plain UK English. Standard roles do the work (they give the right
 * shortcuts and native behaviour on each OS); Kindred's own items (new plan, import and export a
 * plan file, and the Plan menu's tabs) send a menu command to the page (main/contract/menuCommands.ts).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { PLAN_TAB_LIST, showTabCommand, type MenuCommand } from '../contract/menuCommands';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools and reload appear only in unpackaged (development) runs. */
  isPackaged: boolean;
  sendCommand(command: MenuCommand): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ platform, isPackaged, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { role: 'about', label: 'About Kindred' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Kindred',
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide', label: 'Hide Kindred' },
      { role: 'hideOthers', label: 'Hide others' },
      { role: 'unhide', label: 'Show all' },
      separator,
      { role: 'quit', label: 'Quit Kindred' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New plan', accelerator: 'CmdOrCtrl+N', click: () => sendCommand('new-plan') },
      separator,
      { label: 'Import a plan…', accelerator: 'CmdOrCtrl+O', click: () => sendCommand('import-plan') },
      { label: 'Export plan file…', accelerator: 'CmdOrCtrl+E', click: () => sendCommand('export-plan') },
      separator,
      mac ? { role: 'close', label: 'Close window' } : { role: 'quit', label: 'Exit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll', label: 'Select all' },
    ],
  };

  // Ctrl/Cmd+1…7, in the tabs' own order; Settings lists the same keys (renderer/src/settings).
  const plan: MenuItemConstructorOptions = {
    label: '&Plan',
    submenu: PLAN_TAB_LIST.map((t, i) => ({
      label: t.label,
      accelerator: `CmdOrCtrl+${i + 1}`,
      click: () => sendCommand(showTabCommand(t.tab)),
    })),
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom', label: 'Actual size' },
      { role: 'zoomIn', label: 'Zoom in' },
      { role: 'zoomOut', label: 'Zoom out' },
      separator,
      { role: 'togglefullscreen', label: 'Full screen' },
      ...(isPackaged
        ? []
        : ([separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: '&Window' };

  const help: MenuItemConstructorOptions = { role: 'help', label: '&Help', submenu: [about] };

  // On macOS "About Kindred" lives in the app menu; elsewhere the Help menu is where people look.
  return mac ? [appMenu, file, edit, view, plan, windowMenu] : [file, edit, view, plan, windowMenu, help];
}
