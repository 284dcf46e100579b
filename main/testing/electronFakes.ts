import type { IpcMainLike } from '../app/ipc';

/**
 * Small stand-ins for Electron objects, shared by the main-process tests. Each records what the
 * code under test did with it, so tests assert behaviour rather than calls into a mock library.
 */

type AnyListener = (...args: unknown[]) => void;

/** An event emitter with the `on`/`once` shape Electron's objects have. */
export class FakeEmitter {
  private readonly listeners = new Map<string, AnyListener[]>();

  on(event: string, listener: (...args: never[]) => void): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as AnyListener);
    this.listeners.set(event, list);
    return this;
  }

  once(event: string, listener: (...args: never[]) => void): this {
    const wrapped: AnyListener = (...args) => {
      this.off(event, wrapped);
      (listener as AnyListener)(...args);
    };
    return this.on(event, wrapped);
  }

  off(event: string, listener: AnyListener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron event whose default can be prevented. */
export function preventable(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

let nextToken = 0;

/** A frame as IPC sees it: the main frame unless a parent is given. */
export function fakeFrame(url: string, options: { parent?: object; processId?: number } = {}) {
  nextToken += 1;
  return { url, parent: options.parent ?? null, processId: options.processId ?? 1, frameToken: `token-${nextToken}` };
}

type IpcHandler = Parameters<IpcMainLike['handle']>[1];

/** Like Electron's ipcMain: a second handler for one channel is an error. */
export function fakeIpcMain(): IpcMainLike & { handlers: Map<string, IpcHandler> } {
  const handlers = new Map<string, IpcHandler>();
  return {
    handlers,
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
  };
}
