import { Document, ImageRun, Packer, Paragraph, type ParagraphChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { packParts } from '../../testing/packParts';
import { makePng } from '../../testing/testDocument';
import { pictureRunFor } from './pictureRun';

const alt = 'A clock';

async function docxWith(children: ParagraphChild[]): Promise<Record<string, string>> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ children })] }] });
  return packParts(new Uint8Array(await Packer.toBuffer(doc)));
}

describe('pictureRunFor', () => {
  it('writes exactly what docx’s own ImageRun writes, media part included', async () => {
    const bytes = makePng(40, [200, 120, 40]);
    const theirs = await docxWith([
      new ImageRun({
        type: 'png',
        data: bytes,
        transformation: { width: 30, height: 30 },
        altText: { title: alt, description: alt, name: alt, id: '7' },
      }),
    ]);
    // Twice: the second is made from the media data the first kept, without hashing again.
    for (let i = 0; i < 2; i++) {
      const ours = await docxWith([pictureRunFor({ bytes, width: 30, height: 30, alt, id: 7 })]);
      expect(ours).toEqual(theirs);
    }
    expect(Object.keys(theirs).some((name) => name.startsWith('word/media/'))).toBe(true);
  });

  it('keeps different pictures, and one picture at different sizes, apart', async () => {
    const red = makePng(40, [220, 0, 0]);
    const blue = makePng(40, [0, 0, 220]);
    const parts = await docxWith([
      pictureRunFor({ bytes: red, width: 30, height: 30, alt, id: 1 }),
      pictureRunFor({ bytes: blue, width: 30, height: 30, alt, id: 2 }),
      pictureRunFor({ bytes: red, width: 60, height: 60, alt, id: 3 }),
    ]);
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
    const xml = parts['word/document.xml']!;
    expect(xml.match(/<wp:docPr id="(\d+)"/g)).toEqual(['<wp:docPr id="1"', '<wp:docPr id="2"', '<wp:docPr id="3"']);
    expect(xml).toContain(`cx="${60 * 9525}"`);
  });
});
