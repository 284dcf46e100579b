import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PACK_FORMATS } from '../domain/access';
import { renderOptionsFor } from '../domain/pack/packSettings';
import { participantPack } from '../domain/pack/participant';
import { packRecipients } from '../domain/pack/recipients';
import { renderPack } from '../domain/pack/render';
import { DEFAULT_SETTINGS, type Plan } from '../domain/plan';
import { packParts } from '../testing/packParts';
import { tempDir } from '../testing/tempStore';
import { largePlan, makeNeed } from '../testing/testPlan';
import { createPackAssets } from './packAssets';
import { inOrder } from '../domain/pack/inOrder';
import { createPackRenderer, findPackWorker, type PackRenderer } from './packRenderer';

/** The big test plan cut down to a day of 12 blocks and 8 people, in every format, some needing cream paper. */
function planForEveryone(): Plan {
  const plan = largePlan();
  return {
    ...plan,
    blocks: plan.blocks.slice(0, 12),
    people: plan.people.slice(0, 8).map((p, i) => ({
      ...p,
      packFormat: PACK_FORMATS[i % PACK_FORMATS.length]!,
      accessNeeds: i === 2 ? [...p.accessNeeds, makeNeed('coloured_paper')] : p.accessNeeds,
    })),
  };
}

const assets = createPackAssets();
const renderers: PackRenderer[] = [];
const renderer = (options: Omit<Parameters<typeof createPackRenderer>[0], 'assets'> = {}) => {
  const r = createPackRenderer({ assets, ...options });
  renderers.push(r);
  return r;
};
afterAll(async () => {
  await Promise.all(renderers.map((r) => r.close()));
});

/** Everyone's pack as the one-at-a-time code made it before worker threads. */
async function singly(plan: Plan) {
  const out = [];
  for (const person of packRecipients(plan.people)) {
    const doc = participantPack(plan, person.packFormat, { person });
    out.push(packParts(await renderPack(doc, assets, renderOptionsFor(doc, person, DEFAULT_SETTINGS))));
  }
  return out;
}

/** Everyone's pack as a batch: all asked for in order, `parallel` at a time. */
async function asBatch(plan: Plan, r: PackRenderer) {
  const people = packRecipients(plan.people);
  const made = inOrder(people.length, r.parallel, (i) => {
    const doc = participantPack(plan, people[i]!.packFormat, { person: people[i] });
    return r.render(doc, renderOptionsFor(doc, people[i], DEFAULT_SETTINGS));
  });
  const out = [];
  for (const next of made) out.push(packParts(await next()));
  return out;
}

describe('making packs on worker threads', () => {
  it('makes every person’s pack exactly as one made on its own, pictures and cream paper included', async () => {
    const plan = planForEveryone();
    const r = renderer({ threads: 2 });
    const batch = await asBatch(plan, r);
    // Made singly after the batch: a pack does not depend on what was made before it.
    const one = await singly(plan);
    expect(batch).toHaveLength(packRecipients(plan.people).length);
    expect(batch).toEqual(one);
    expect(r.made).toEqual({ inWorkers: batch.length, here: 0 });
    // The Easy Read packs really have their pictures, and the cream one its page colour.
    expect(batch.some((parts) => Object.keys(parts).some((name) => name.startsWith('word/media/')))).toBe(true);
    expect(batch.some((parts) => parts['word/document.xml']!.includes('<w:background'))).toBe(true);
  }, 60_000);

  it('makes packs in this thread, the same, when the worker cannot start', async () => {
    const dir = tempDir();
    const broken = join(dir, 'packWorker.mjs');
    writeFileSync(broken, "throw new Error('no worker today');\n");
    const logged: string[] = [];
    const r = renderer({ threads: 2, worker: { url: pathToFileURL(broken), typescript: false }, log: (m) => logged.push(m) });
    const plan = planForEveryone();
    expect(await asBatch(plan, r)).toEqual(await singly(plan));
    expect(logged).toEqual(['Packs are being made one at a time: the worker threads could not be used.']);
    expect(r.made.here).toBe(packRecipients(plan.people).length);
  }, 60_000);

  it('makes packs in this thread when there is no worker code, or the pictures are not in a folder', async () => {
    const plan = planForEveryone();
    const doc = participantPack(plan, 'easy_read');
    const noWorker = renderer({ worker: null });
    const ownPictures = createPackRenderer({ assets: { picture: (key) => assets.picture(key) } });
    for (const r of [noWorker, ownPictures]) {
      expect(r.parallel).toBe(1);
      expect(packParts(await r.render(doc))).toEqual(packParts(await renderPack(doc, assets)));
      expect(r.made).toEqual({ inWorkers: 0, here: 1 });
    }
  }, 60_000);

  it('turns down only the pack that could not be made', async () => {
    const r = renderer({ threads: 1 });
    const plan = planForEveryone();
    const broken = { ...participantPack(plan, 'standard'), format: 'no_such_format' } as never;
    await expect(r.render(broken)).rejects.toThrow();
    const good = participantPack(plan, 'standard');
    expect(packParts(await r.render(good))).toEqual(packParts(await renderPack(good, assets)));
  }, 60_000);

  it('starts again after its idle workers were stopped', async () => {
    const r = renderer({ threads: 1, idleMs: 1 });
    const doc = participantPack(planForEveryone(), 'large_print');
    await r.render(doc);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(packParts(await r.render(doc))).toEqual(packParts(await renderPack(doc, assets)));
    expect(r.made).toEqual({ inWorkers: 2, here: 0 });
  }, 60_000);
});

describe('findPackWorker', () => {
  const touch = (path: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
  };

  it('finds the built worker beside the bundle, or one folder up from a chunk', () => {
    const dir = tempDir();
    touch(join(dir, 'main', 'packWorker.js'));
    expect(findPackWorker(pathToFileURL(join(dir, 'main', 'index.js')).href)).toEqual({
      url: pathToFileURL(join(dir, 'main', 'packWorker.js')),
      typescript: false,
    });
    expect(findPackWorker(pathToFileURL(join(dir, 'main', 'chunks', 'render.js')).href)?.url.href).toBe(
      pathToFileURL(join(dir, 'main', 'packWorker.js')).href,
    );
    touch(join(dir, 'cli', 'packWorker.mjs'));
    expect(findPackWorker(pathToFileURL(join(dir, 'cli', 'chunks', 'export.mjs')).href)?.url.href).toBe(
      pathToFileURL(join(dir, 'cli', 'packWorker.mjs')).href,
    );
  });

  it('finds the TypeScript source when nothing is built, and nothing where neither is', () => {
    const here = findPackWorker();
    expect(here?.typescript).toBe(true);
    expect(here?.url.pathname.endsWith('/main/service/packWorker.ts')).toBe(true);
    expect(findPackWorker(pathToFileURL(join(tempDir(), 'index.js')).href)).toBeNull();
  });
});
