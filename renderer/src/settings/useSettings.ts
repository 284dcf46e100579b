/**
 * The facilitator's settings, shared by every screen that reads them (the header's display
 * settings, the People tab's payment rates): one copy in memory, loaded once, saved on change.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../main/domain/plan';
import { api } from '../api/client';

/** Applies display settings to the page root, where the style sheets pick them up. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = s.textSize;
  root.dataset.theme = s.theme;
  root.dataset.motion = s.motion;
}

interface SettingsState {
  settings: Settings;
  ready: boolean;
}

let state: SettingsState = { settings: DEFAULT_SETTINGS, ready: false };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function setState(next: SettingsState) {
  state = next;
  applySettings(next.settings);
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(): Promise<void> {
  loading ??= api.getSettings({}).then(
    (settings) => setState({ settings, ready: true }),
    // The app still works with the defaults if settings cannot be read.
    () => setState({ ...state, ready: true }),
  );
  return loading;
}

/** Saves a change at once on screen, then in the store; if the store refuses, shows what it holds. */
function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  setState({ ...state, settings: { ...state.settings, ...patch } });
  return api.updateSettings(patch).then(
    (settings) => {
      setState({ ...state, settings });
      return settings;
    },
    async (err: unknown) => {
      await api.getSettings({}).then((settings) => setState({ ...state, settings }), () => {});
      throw err;
    },
  );
}

export function useSettings(): {
  settings: Settings;
  ready: boolean;
  update: (patch: Partial<Settings>) => void;
  /** The same, for callers that want to know when (and whether) it was kept. */
  save: (patch: Partial<Settings>) => Promise<Settings>;
} {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (!loading) applySettings(state.settings);
    void load();
  }, []);
  const update = useCallback((patch: Partial<Settings>) => {
    updateSettings(patch).catch(() => {});
  }, []);
  return { settings: current.settings, ready: current.ready, update, save: updateSettings };
}
