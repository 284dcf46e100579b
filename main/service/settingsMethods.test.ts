import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/plan';
import { openTestStore } from '../testing/tempStore';

describe('settings', () => {
  it('starts from the defaults', () => {
    const { service } = openTestStore();
    expect(service.getSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('merges each change over what is stored and returns the result', () => {
    const { service } = openTestStore();
    expect(service.updateSettings({ textSize: 'larger' })).toEqual({ ...DEFAULT_SETTINGS, textSize: 'larger' });
    expect(service.updateSettings({ theme: 'high_contrast', welcomeDismissed: true })).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 'larger',
      theme: 'high_contrast',
      welcomeDismissed: true,
    });
    expect(service.getSettings({})).toMatchObject({ textSize: 'larger', theme: 'high_contrast', motion: 'system' });
    expect(DEFAULT_SETTINGS.textSize).toBe('standard');
  });

  it('keeps the default for a stored value this version does not understand, and ignores unknown keys', () => {
    const { service, db } = openTestStore();
    service.updateSettings({ motion: 'reduce' });
    db.prepare(`INSERT INTO settings (key, value) VALUES ('theme', '"sepia"'), ('fontFamily', '"Comic Sans"')`).run();
    expect(service.getSettings(undefined)).toEqual({ ...DEFAULT_SETTINGS, motion: 'reduce' });
  });

  it('keeps the date locale and clock, en-GB and 24-hour unless chosen', () => {
    const { service } = openTestStore();
    expect(service.getSettings(undefined)).toMatchObject({ locale: 'en-GB', clock: '24h' });
    expect(service.updateSettings({ locale: 'en-US', clock: '12h' })).toMatchObject({ locale: 'en-US', clock: '12h' });
    expect(service.getSettings(undefined)).toMatchObject({ locale: 'en-US', clock: '12h' });
  });

  it('falls back to en-GB for a stored locale this version does not offer', () => {
    const { service, db } = openTestStore();
    db.prepare(`INSERT INTO settings (key, value) VALUES ('locale', '"fr-FR"'), ('clock', '"13h"')`).run();
    expect(service.getSettings(undefined)).toMatchObject({ locale: 'en-GB', clock: '24h' });
  });
});
