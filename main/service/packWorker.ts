/**
 * A worker thread that turns packs into Word files (packRenderer.ts starts it). It reads the Easy
 * Read pictures from the folder it is given, once each, and answers one pack at a time; the bytes
 * are handed back without copying.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PackDocument } from '../domain/pack/model';
import { renderPack, type RenderOptions } from '../domain/pack/render';
import { createPackAssets } from './packAssets';
import type { PackWorkerData, RenderReply, RenderRequest } from './packWorkerMessages';

const port = parentPort;
if (!port) throw new Error('packWorker.ts runs as a worker thread only.');

const assets = createPackAssets((workerData as PackWorkerData).picturesDir);

port.on('message', async ({ id, doc, options }: RenderRequest<PackDocument, RenderOptions>) => {
  let reply: RenderReply;
  try {
    // A copy of its own, so its memory can move to the main thread rather than be copied again.
    const bytes = (await renderPack(doc, assets, options)).slice();
    reply = { id, bytes };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
});
