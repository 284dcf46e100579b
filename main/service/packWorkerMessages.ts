/** What packRenderer.ts and its worker threads (packWorker.ts) say to each other. */

export interface PackWorkerData {
  /** Where the Easy Read pictures are (packAssets.ts). */
  picturesDir: string | null;
}

export interface RenderRequest<Doc, Options> {
  id: number;
  doc: Doc;
  options: Options;
}

export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: string };
