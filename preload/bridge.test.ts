import { describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../main/contract/contract';
import { API_METHODS, ipcChannel } from '../main/contract/methods';
import { createBridge, HELD_PLAN_FILES, type BridgeIpc } from './bridge';
import { FILE_CHANNELS, PLAN_FILE_CHANNELS, PLAN_FILE_MAX_BASE64, PLAN_FILE_OPENED_CHANNEL } from '../main/contract/fileChannels';
import { MENU_CHANNEL, MENU_COMMANDS } from '../main/contract/menuCommands';

type Listener = Parameters<BridgeIpc['on']>[1];

function fakeIpcRenderer() {
  const listeners = new Map<string, Listener[]>();
  const envelope: ApiResponse<unknown> = { ok: false, error: { code: 'not_found', message: 'Gone.' } };
  const ipc = {
    invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>(envelope)),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    }),
  };
  const emit = (channel: string, ...args: unknown[]) => (listeners.get(channel) ?? []).forEach((l) => l({ sender: 'secret' }, ...args));
  return { ipc, emit, envelope, listeners };
}

describe('createBridge', () => {
  it('exposes exactly one function per API method, onMenuCommand, openRoomScreen, platform and files: nothing generic', () => {
    const bridge = createBridge(fakeIpcRenderer().ipc, 'win32');
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'files', 'onMenuCommand', 'openRoomScreen', 'platform'].sort());
    for (const method of API_METHODS) expect(typeof bridge[method]).toBe('function');
    expect(bridge.platform).toBe('win32');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
  });

  it('openRoomScreen sends only the plan id, on its own channel', async () => {
    const { ipc, envelope } = fakeIpcRenderer();
    const bridge = createBridge(ipc, 'win32');
    expect(await bridge.openRoomScreen('plan-1')).toBe(envelope);
    expect(ipc.invoke).toHaveBeenCalledWith('kindred-room:open', 'plan-1');
  });

  it('each method invokes its own channel with just its input and resolves to the envelope unchanged', async () => {
    const { ipc, envelope } = fakeIpcRenderer();
    const bridge = createBridge(ipc, 'darwin');
    for (const method of API_METHODS) {
      const input = { planId: method };
      expect(await bridge[method](input)).toBe(envelope);
      expect(ipc.invoke).toHaveBeenLastCalledWith(ipcChannel(method), input);
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(API_METHODS.length);
    expect(new Set(ipc.invoke.mock.calls.map(([channel]) => channel)).size).toBe(API_METHODS.length);
  });

  it('passes an absent input as undefined, so methods without input work', async () => {
    const { ipc } = fakeIpcRenderer();
    await createBridge(ipc, 'linux').listPlans();
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith('kindred:listPlans', undefined);
  });
});

describe('onMenuCommand', () => {
  it('relays commands on the list, without the IPC event, and drops anything else', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const listener = vi.fn();
    createBridge(ipc, 'win32').onMenuCommand(listener);
    emit(MENU_CHANNEL, 'new-plan');
    emit(MENU_CHANNEL, 'delete-everything');
    emit(MENU_CHANNEL, { command: 'new-plan' });
    emit('some-other-channel', 'new-plan');
    expect(listener.mock.calls).toEqual([['new-plan']]);
  });

  it('returns a function that removes the listener', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const listener = vi.fn();
    const stop = createBridge(ipc, 'win32').onMenuCommand(listener);
    stop();
    emit(MENU_CHANNEL, 'new-plan');
    expect(listener).not.toHaveBeenCalled();
    expect(listeners.get(MENU_CHANNEL)).toEqual([]);
  });

  it('uses a channel no API method uses', () => {
    expect(API_METHODS.map(ipcChannel)).not.toContain(MENU_CHANNEL);
    expect(MENU_COMMANDS).toEqual([
      'new-plan',
      'import-plan',
      'export-plan',
      'save-before-close',
      'show-tab-details',
      'show-tab-people',
      'show-tab-access',
      'show-tab-agenda',
      'show-tab-review',
      'show-tab-packs',
      'show-tab-after',
    ]);
  });
});

describe('files', () => {
  it('has exactly the file functions and the plan file listener, nothing generic', () => {
    const { files } = createBridge(fakeIpcRenderer().ipc, 'win32');
    expect(Object.keys(files).sort()).toEqual([
      'choosePackFolder',
      'choosePlanFile',
      'onPlanFileOpened',
      'openSavedFile',
      'saveDataFile',
      'savePack',
      'savePackPdf',
      'savePlanFile',
      'showBackupsFolder',
      'showSavedFile',
      'writePacksToFolder',
    ]);
    expect([...Object.keys(FILE_CHANNELS), ...Object.keys(PLAN_FILE_CHANNELS), 'onPlanFileOpened'].sort()).toEqual(Object.keys(files).sort());
  });

  it('each function invokes its own named channel with just its input and resolves to the envelope unchanged', async () => {
    const { ipc, envelope } = fakeIpcRenderer();
    const { files } = createBridge(ipc, 'darwin');
    const pack = { fileName: 'Pack.docx', base64: 'UEsDBA==' };

    expect(await files.savePack(pack)).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:savePack', pack);
    const request = { planId: 'p', pack: 'participant' as const, format: 'easy_read' as const };
    expect(await files.savePackPdf(request)).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:savePackPdf', request);
    expect(await files.choosePackFolder()).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:choosePackFolder');
    expect(await files.writePacksToFolder({ folderId: 'f', files: [pack] })).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:writePacksToFolder', { folderId: 'f', files: [pack] });
    expect(await files.openSavedFile('/home/sam/Pack.docx')).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:openSavedFile', '/home/sam/Pack.docx');
    expect(await files.showSavedFile('/home/sam/Pack.docx')).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:showSavedFile', '/home/sam/Pack.docx');
    const planFile = { fileName: 'Our day.kindred', text: '{}' };
    expect(await files.savePlanFile(planFile)).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:savePlanFile', planFile);
    expect(await files.choosePlanFile()).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:choosePlanFile');
    expect(await files.showBackupsFolder()).toBe(envelope);
    expect(ipc.invoke).toHaveBeenLastCalledWith('kindred-files:showBackupsFolder');
    expect(ipc.invoke).toHaveBeenCalledTimes(9);
  });

  it('uses channels no API method or menu command uses, one per function', () => {
    const channels = [...Object.values(FILE_CHANNELS), ...Object.values(PLAN_FILE_CHANNELS), PLAN_FILE_OPENED_CHANNEL];
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) {
      expect(API_METHODS.map(ipcChannel)).not.toContain(channel);
      expect(channel).not.toBe(MENU_CHANNEL);
    }
  });
});

describe('onPlanFileOpened', () => {
  const file = { name: 'Our day.kindred', base64: 'eyJraW5kcmVkIjoicGxhbiJ9' };

  it('relays plan files main sends, without the IPC event, to every listener until it stops', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const { files } = createBridge(ipc, 'darwin');
    const first = vi.fn();
    const second = vi.fn();
    const stop = files.onPlanFileOpened(first);
    files.onPlanFileOpened(second);
    emit(PLAN_FILE_OPENED_CHANNEL, file);
    stop();
    emit(PLAN_FILE_OPENED_CHANNEL, { ...file, name: 'Later.kindred' });
    expect(first.mock.calls).toEqual([[file]]);
    expect(second.mock.calls).toEqual([[file], [{ ...file, name: 'Later.kindred' }]]);
  });

  it('drops anything that is not a plan file’s name and base64', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const listener = vi.fn();
    createBridge(ipc, 'win32').files.onPlanFileOpened(listener);
    for (const bad of [
      null,
      'Our day.kindred',
      { name: 'x.kindred' },
      { name: '', base64: 'AAAA' },
      { name: 'x'.repeat(1001), base64: 'AAAA' },
      { name: 'x.kindred', base64: 'not base64!' },
      { name: 'x.kindred', base64: 42 },
      { name: 'x.kindred', base64: 'A'.repeat(PLAN_FILE_MAX_BASE64 + 4) },
    ]) {
      emit(PLAN_FILE_OPENED_CHANNEL, bad);
    }
    emit(MENU_CHANNEL, file);
    expect(listener).not.toHaveBeenCalled();
    emit(PLAN_FILE_OPENED_CHANNEL, { ...file, path: '/home/sam/Our day.kindred' });
    expect(listener).toHaveBeenCalledExactlyOnceWith(file);
  });

  it('holds files that arrive before the page listens, the newest few, and hands them to the first listener', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const { files } = createBridge(ipc, 'win32');
    const sent = Array.from({ length: HELD_PLAN_FILES + 2 }, (_, i) => ({ ...file, name: `Plan ${i}.kindred` }));
    for (const f of sent) emit(PLAN_FILE_OPENED_CHANNEL, f);
    const listener = vi.fn();
    files.onPlanFileOpened(listener);
    expect(listener.mock.calls.map(([f]) => f.name)).toEqual(sent.slice(2).map((f) => f.name));
    const later = vi.fn();
    files.onPlanFileOpened(later);
    expect(later).not.toHaveBeenCalled();
  });
});
