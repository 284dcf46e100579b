/**
 * Easy Read pictures as Word runs, with each picture's media data worked out once rather than for
 * every pack. docx's ImageRun hashes the picture's bytes (SHA-1, in JavaScript) to name its media
 * file every time one is made; a batch of Easy Read packs uses the same few dozen pictures hundreds
 * of times, so the hash was a large share of the time spent on them. Here the first use of a
 * picture's bytes makes a real ImageRun and keeps its media data; every later use builds the same
 * XML from that data (the same w:r with an empty w:rPr and a w:drawing, as ImageRun writes without
 * revisions), so a pack is exactly what it was. pictureRun.test.ts compares the two.
 *
 * Each picture also gets its drawing id from the pack's own count (1, 2, 3…) rather than docx's
 * counter for the whole process, so a person's pack is the same whichever packs were made before
 * it, in the same thread or another.
 */
import { Drawing, ImageRun, RunProperties, XmlComponent, type ParagraphChild } from 'docx';

/** What ImageRun keeps of a picture: its type, media file name, size and bytes. */
type MediaData = ConstructorParameters<typeof Drawing>[0];
type Context = Parameters<XmlComponent['prepForXml']>[0];

export interface PictureRunOptions {
  bytes: Uint8Array;
  width: number;
  height: number;
  alt: string;
  /** The drawing's id, unique within one pack. */
  id: number;
}

/** Media data by the bytes it was made from: the pictures' bytes are kept for the process (packAssets.ts). */
const mediaByBytes = new WeakMap<Uint8Array, { width: number; height: number; media: MediaData }>();

function mediaFor(bytes: Uint8Array, width: number, height: number): MediaData {
  const known = mediaByBytes.get(bytes);
  if (known && known.width === width && known.height === height) return known.media;
  const run = new ImageRun({ type: 'png', data: bytes, transformation: { width, height } });
  // ImageRun keeps it in a field its types call private; it is the object its own prepForXml uses.
  const media = (run as unknown as { imageData: MediaData }).imageData;
  mediaByBytes.set(bytes, { width, height, media });
  return media;
}

/** One picture in a run, as ImageRun would write it. */
class SharedImageRun extends XmlComponent {
  constructor(
    private readonly media: MediaData,
    alt: { title: string; description: string; name: string; id: string },
  ) {
    super('w:r');
    this.root.push(new RunProperties(undefined));
    this.root.push(new Drawing(media, { docProperties: alt }));
  }

  override prepForXml(context: Context) {
    // As ImageRun does: the pack's media part gets the picture (once, however often it is used).
    const media = this.media as { fileName: string } & Parameters<Context['file']['Media']['addImage']>[1];
    context.file.Media.addImage(media.fileName, media);
    return super.prepForXml(context);
  }
}

/** A run holding one picture, with its alt text as title, description and name. */
export function pictureRunFor({ bytes, width, height, alt, id }: PictureRunOptions): ParagraphChild {
  const run = new SharedImageRun(mediaFor(bytes, width, height), { title: alt, description: alt, name: alt, id: String(id) });
  // A paragraph takes any XmlComponent; its types only list docx's own run classes.
  return run as unknown as ImageRun;
}
