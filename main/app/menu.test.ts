import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, type ContextMenuParams } from './contextMenu';
import { MENU_COMMANDS } from '../contract/menuCommands';
import { menuTemplate } from './menu';

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  Array.isArray(item?.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : [];
const roles = (items: MenuItemConstructorOptions[]) => items.flatMap((i) => (i.role ? [i.role] : []));
const find = (template: MenuItemConstructorOptions[], label: string) => template.find((i) => i.label?.replace('&', '') === label);
const allItems = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...allItems(submenu(i))]);

describe('menuTemplate', () => {
  it('on Windows: File, Edit, View, Window, Help, with About Kindred under Help', () => {
    const template = menuTemplate({ platform: 'win32', isPackaged: true, sendCommand: () => {} });
    expect(template.map((i) => i.label)).toEqual(['&File', '&Edit', '&View', '&Plan', '&Window', '&Help']);
    expect(submenu(find(template, 'Help'))).toEqual([{ role: 'about', label: 'About Kindred' }]);
    expect(roles(submenu(find(template, 'File')))).toContain('quit');
  });

  it('on macOS: the Kindred app menu first, holding About and Quit', () => {
    const template = menuTemplate({ platform: 'darwin', isPackaged: true, sendCommand: () => {} });
    expect(template.map((i) => i.label)).toEqual(['Kindred', '&File', '&Edit', '&View', '&Plan', '&Window']);
    expect(roles(submenu(template[0]))).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(roles(submenu(find(template, 'File')))).toEqual(['close']);
  });

  it('File > New plan (Ctrl/Cmd+N) sends the new-plan command to the page', () => {
    const sendCommand = vi.fn();
    const newPlan = submenu(find(menuTemplate({ platform: 'win32', isPackaged: true, sendCommand }), 'File'))[0];
    expect(newPlan).toMatchObject({ label: 'New plan', accelerator: 'CmdOrCtrl+N' });
    newPlan?.click?.({} as never, undefined, {} as never);
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith('new-plan');
  });

  it('File > Import a plan… (Ctrl/Cmd+O) and Export plan file… (Ctrl/Cmd+E) send their commands to the page', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const sendCommand = vi.fn();
      const file = submenu(find(menuTemplate({ platform, isPackaged: true, sendCommand }), 'File'));
      const importPlan = file.find((i) => i.label === 'Import a plan…');
      const exportPlan = file.find((i) => i.label === 'Export plan file…');
      expect(importPlan?.accelerator).toBe('CmdOrCtrl+O');
      expect(exportPlan?.accelerator).toBe('CmdOrCtrl+E');
      importPlan?.click?.({} as never, undefined, {} as never);
      exportPlan?.click?.({} as never, undefined, {} as never);
      expect(sendCommand.mock.calls).toEqual([['import-plan'], ['export-plan']]);
    }
  });

  it('Plan has each tab in order, Ctrl/Cmd+1 to 7, each sending its own show-tab command', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const sendCommand = vi.fn();
      const plan = submenu(find(menuTemplate({ platform, isPackaged: true, sendCommand }), 'Plan'));
      expect(plan.map((i) => [i.label, i.accelerator])).toEqual([
        ['Details', 'CmdOrCtrl+1'],
        ['People', 'CmdOrCtrl+2'],
        ['Access', 'CmdOrCtrl+3'],
        ['Agenda', 'CmdOrCtrl+4'],
        ['Review', 'CmdOrCtrl+5'],
        ['Packs', 'CmdOrCtrl+6'],
        ['After the workshop', 'CmdOrCtrl+7'],
      ]);
      for (const item of plan) item.click?.({} as never, undefined, {} as never);
      // The commands themselves are pinned in preload/bridge.test.ts.
      expect(sendCommand.mock.calls.map(([c]) => c)).toEqual(MENU_COMMANDS.filter((c) => c.startsWith('show-tab-')));
    }
  });

  it('no two items in any menu share a shortcut', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const keys = allItems(menuTemplate({ platform, isPackaged: false, sendCommand: () => {} })).flatMap((i) =>
        i.accelerator ? [i.accelerator] : [],
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('Edit has the standard editing roles', () => {
    const edit = submenu(find(menuTemplate({ platform: 'win32', isPackaged: true, sendCommand: () => {} }), 'Edit'));
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('View zooms and goes full screen; developer tools only when not packaged', () => {
    const view = (isPackaged: boolean) => roles(submenu(find(menuTemplate({ platform: 'win32', isPackaged, sendCommand: () => {} }), 'View')));
    expect(view(true)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(view(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'reload', 'forceReload', 'toggleDevTools']);
  });

  it('no packaged menu anywhere reaches developer tools or reload', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const items = allItems(menuTemplate({ platform, isPackaged: true, sendCommand: () => {} }));
      expect(roles(items)).not.toEqual(expect.arrayContaining(['toggleDevTools']));
      expect(roles(items).filter((r) => r === 'reload' || r === 'forceReload')).toEqual([]);
    }
  });
});

describe('contextMenuTemplate', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
  const params = (over: Partial<ContextMenuParams>): ContextMenuParams => ({
    isEditable: true,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: flags,
    ...over,
  });
  const spelling = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });

  it('offers up to five spelling suggestions, each replacing the word, and adding it to the dictionary', () => {
    const actions = spelling();
    const template = contextMenuTemplate(
      params({ misspelledWord: 'organisaton', dictionarySuggestions: ['organisation', 'organisations', 'a', 'b', 'c', 'd'] }),
      actions,
    );
    expect(template.slice(0, 6).map((i) => i.label)).toEqual(['organisation', 'organisations', 'a', 'b', 'c', 'Add to dictionary']);
    template[0]?.click?.({} as never, undefined, {} as never);
    expect(actions.replaceMisspelling).toHaveBeenCalledExactlyOnceWith('organisation');
    template[5]?.click?.({} as never, undefined, {} as never);
    expect(actions.addToDictionary).toHaveBeenCalledExactlyOnceWith('organisaton');
  });

  it('says so when there are no suggestions', () => {
    const template = contextMenuTemplate(params({ misspelledWord: 'xqzt' }), spelling());
    expect(template[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
  });

  it('in a text field: cut, copy, paste and select all, enabled as the page allows', () => {
    const template = contextMenuTemplate(params({ editFlags: { ...flags, canCut: false, canCopy: false } }), spelling());
    expect(roles(template)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(template.filter((i) => i.role === 'cut' || i.role === 'copy').map((i) => i.enabled)).toEqual([false, false]);
  });

  it('on selected page text: copy only; elsewhere: no menu at all', () => {
    expect(roles(contextMenuTemplate(params({ isEditable: false, selectionText: 'Lunch' }), spelling()))).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: '  ' }), spelling())).toEqual([]);
  });
});
