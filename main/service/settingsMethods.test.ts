import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_SEND_DAYS } from '../domain/packSchedule';
import { DEFAULT_SETTINGS } from '../domain/plan';
import { settingsPatch } from '../domain/validation';
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

  it('keeps the days before to send each kind of pack, refusing a table with a gap or a negative day', () => {
    const { service } = openTestStore();
    expect(service.getSettings(undefined).packSendDays).toEqual(DEFAULT_PACK_SEND_DAYS);
    const packSendDays = { email: { ...DEFAULT_PACK_SEND_DAYS.email, easy_read: 10 }, post: { ...DEFAULT_PACK_SEND_DAYS.post, easy_read: 21 } };
    expect(service.updateSettings({ packSendDays }).packSendDays).toEqual(packSendDays);
    expect(service.getSettings(undefined).packSendDays.post.easy_read).toBe(21);
    const { easy_read: _gone, ...gap } = packSendDays.post;
    expect(settingsPatch.safeParse({ packSendDays: { ...packSendDays, post: gap } }).success).toBe(false);
    expect(settingsPatch.safeParse({ packSendDays: { ...packSendDays, email: { ...packSendDays.email, standard: -1 } } }).success).toBe(false);
    expect(service.getSettings(undefined).packSendDays).toEqual(packSendDays);
  });
});
