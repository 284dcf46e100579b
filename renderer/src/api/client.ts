/**
 * The renderer's only way to reach the service. In the desktop app the preload exposes
 * `window.kindred` (one named function per method, over IPC); in browser mode (the dev/test web
 * bridge) the same envelope comes back over loopback HTTP. Either way the caller gets `KindredApi`:
 * a resolved value, or a thrown `ApiError` carrying the service's kind message.
 */
import type { ApiErrorBody, ApiResponse, KindredApi } from '../../../main/contract/contract';
import { API_METHODS, type ApiMethod } from '../../../main/contract/methods';
import type { KindredBridge, MenuCommand } from '../../../main/contract/bridgeTypes';
import { noteCall } from './dataChanges';

export class ApiError extends Error {
  readonly code: ApiErrorBody['code'] | 'offline';
  readonly fields: Record<string, string>;
  constructor(body: ApiErrorBody | { code: 'offline'; message: string }) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fields = 'fields' in body && body.fields ? body.fields : {};
  }
}

type Transport = (method: ApiMethod, input: unknown) => Promise<ApiResponse<unknown>>;

const preload = (globalThis as { kindred?: KindredBridge }).kindred;

function preloadTransport(bridge: KindredBridge): Transport {
  return (method, input) => bridge[method](input);
}

const httpTransport: Transport = async (method, input) => {
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ input }),
    });
  } catch {
    throw new ApiError({ code: 'offline', message: 'Kindred could not reach its store. Is the bridge still running?' });
  }
  return (await res.json()) as ApiResponse<unknown>;
};

function pickTransport(): Transport {
  return preload ? preloadTransport(preload) : httpTransport;
}

export function createClient(transport: Transport = pickTransport()): KindredApi {
  const api = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    api[method] = async (input: unknown) => {
      let res: ApiResponse<unknown>;
      try {
        res = await transport(method, input);
      } finally {
        noteCall(method);
      }
      if (!res.ok) throw new ApiError(res.error);
      return res.value;
    };
  }
  return api as unknown as KindredApi;
}

export const api: KindredApi = createClient();

/** True in the desktop app, where closing the window must not be blocked by the page. */
export const isDesktop = Boolean(preload);

/**
 * The room screen for a plan: its own window on the second display in the desktop app, a new tab in
 * browser mode (the same page at its own address; the tab finds the bridge's token in the cookie).
 */
export function openRoomScreen(planId: string, href: string): void {
  if (preload) void preload.openRoomScreen(planId);
  else window.open(href, '_blank');
}

/** Menu items the page acts on (File > New plan). Browser mode has no app menu: nothing to hear. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return preload ? preload.onMenuCommand(listener) : () => {};
}
