/** App settings: stored per key and always read back merged over the defaults. */
import { DEFAULT_SETTINGS, type Settings } from '../domain/plan';
import { settingsPatch } from '../domain/validation';
import type { ServiceImpl } from '../contract/contract';
import type { StoreContext } from './storeContext';

export function settingsMethods(ctx: StoreContext): Pick<ServiceImpl, 'getSettings' | 'updateSettings'> {
  const getSettings = (): Settings => {
    const stored = ctx.settings.all();
    const merged: Settings = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      if (!stored.has(key)) continue;
      // A value this version does not understand (an older or newer Kindred wrote it) keeps the default.
      const checked = settingsPatch.safeParse({ [key]: stored.get(key) });
      if (checked.success) Object.assign(merged, checked.data);
    }
    return merged;
  };

  const updateSettings = ctx.db.transaction((patch: Partial<Settings>): Settings => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) ctx.settings.put(key, value);
    }
    return getSettings();
  });

  return { getSettings, updateSettings: (patch) => updateSettings(patch) };
}
