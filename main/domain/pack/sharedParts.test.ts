import { describe, expect, it } from 'vitest';
import { PACK_FORMATS } from '../access';
import { packParts } from '../../testing/packParts';
import { largePlan } from '../../testing/testPlan';
import { participantPack } from './participant';
import { renderPack } from './render';
import { forgetSharedParts } from './sharedParts';

describe('parts shared between packs', () => {
  it('makes every later pack exactly as it would be made from nothing', async () => {
    const plan = { ...largePlan(), blocks: largePlan().blocks.slice(0, 20) };
    const readers = plan.people.slice(0, 8);
    const fresh = async (i: number) => {
      forgetSharedParts();
      const person = readers[i]!;
      return packParts(await renderPack(participantPack(plan, PACK_FORMATS[i % PACK_FORMATS.length]!, { person })));
    };
    const expected = [];
    for (let i = 0; i < readers.length; i++) expected.push(await fresh(i));
    // Now one after another, each reusing what the ones before it prepared.
    forgetSharedParts();
    const batch = [];
    for (const [i, person] of readers.entries()) {
      batch.push(packParts(await renderPack(participantPack(plan, PACK_FORMATS[i % PACK_FORMATS.length]!, { person }))));
    }
    expect(batch).toEqual(expected);
    // Each pack is its reader's own, with the agenda in it.
    expect(new Set(batch.map((p) => p['word/document.xml'])).size).toBe(readers.length);
    expect(batch[0]!['word/document.xml']).toContain('Session 20');
  }, 60_000);

  it('keeps tables that differ apart, even in the same format', async () => {
    forgetSharedParts();
    const plan = { ...largePlan(), blocks: largePlan().blocks.slice(0, 5) };
    const renamed = { ...plan, blocks: plan.blocks.map((b, i) => (i === 2 ? { ...b, title: 'A new name for the third' } : b)) };
    await renderPack(participantPack(plan, 'standard'));
    const xml = packParts(await renderPack(participantPack(renamed, 'standard')))['word/document.xml']!;
    expect(xml).toContain('A new name for the third');
    expect(xml).not.toContain('Session 3<');
  });
});
