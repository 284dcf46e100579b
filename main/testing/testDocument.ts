/**
 * For tests: a small pack written by hand with every kind of block and the awkward text the issue
 * lists (control characters, emoji, right-to-left text, a very long paragraph), and a tiny PNG maker
 * so picture tests need no files.
 */
import { zlibSync } from 'fflate';
import type { PackFormat } from '../domain/access';
import type { PackAssets } from '../domain/pack/render';
import type { PackDocument } from '../domain/pack/model';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A square PNG of one colour with a darker circle in the middle: enough to see where it lands. */
export function makePng(size: number, rgb: [number, number, number]): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const raw = new Uint8Array(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    for (let x = 0; x < size; x++) {
      const inside = (x - size / 2) ** 2 + (y - size / 2) ** 2 < (size / 3) ** 2;
      const [r, g, b] = inside ? rgb.map((v) => Math.round(v / 2)) : rgb;
      raw[row + 1 + x * 3] = r!;
      raw[row + 2 + x * 3] = g!;
      raw[row + 3 + x * 3] = b!;
    }
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Pictures for the test document: every key but "missing" has one. */
export const testAssets: PackAssets = {
  picture(key) {
    if (key === 'missing') return null;
    const colours: Record<string, [number, number, number]> = { clock: [240, 180, 60], coffee: [120, 180, 240], people: [120, 200, 120] };
    return makePng(64, colours[key] ?? [200, 120, 200]);
  },
};

export const LONG_WORDS = 10_000;

/** A pack with every block type, nested sections and awkward text. */
export function testDocument(format: PackFormat, options: { longParagraph?: boolean } = {}): PackDocument {
  return {
    kind: 'participant',
    format,
    title: 'Shaping our next study: a workshop\u0007 for everyone',
    titleLines: ['Thursday 12 March 2027', '10:30 to 15:00', 'Riverside Community Centre, 4 Mill Lane, Leeds'],
    footer: 'Shaping our next study – participant pack',
    credits: ['Pictures by OpenMoji (openmoji.org), licensed CC BY-SA 4.0.'],
    sections: [
      {
        level: 1,
        heading: 'Welcome',
        blocks: [
          { type: 'paragraph', text: 'Dear Amira,' },
          {
            type: 'paragraph',
            text: [
              { text: 'Thank you for joining us. ' },
              { text: 'You do not have to speak', bold: true },
              { text: ' unless you want to. 🙂 We are glad you are coming.\nA second line, from a new line in the plan.' },
            ],
          },
          { type: 'paragraph', text: 'Some text in Arabic: مرحبا بكم في ورشة العمل and in Hebrew: ברוכים הבאים.' },
          { type: 'paragraph', text: 'Control characters \u0000\u0001\u001F\uFFFE are dropped; tabs\tbecome spaces.' },
          { type: 'paragraph', text: '   ' },
          ...(options.longParagraph
            ? [{ type: 'paragraph' as const, text: Array.from({ length: LONG_WORDS }, (_, i) => `word${i}`).join(' ') }]
            : []),
        ],
      },
      {
        level: 1,
        heading: 'The day',
        blocks: [
          {
            type: 'table',
            caption: 'Agenda for the day',
            header: ['Time', 'What we will do'],
            widths: [25, 75],
            rows: [
              ['10:30', 'Welcome and tea'],
              ['11:00', [{ text: 'Talking about ' }, { text: 'what matters', bold: true }, { text: ' to you' }]],
              ['12:30', 'Lunch'],
              ['13:15', 'Ideas for the next study'],
            ],
          },
          { type: 'paragraph', text: 'The agenda may change a little on the day.' },
          { type: 'bullets', items: ['A pen', 'Your glasses, if you use them', [{ text: 'Anything ' }, { text: 'you need', bold: true }]] },
          { type: 'numbered', items: ['Come in and sign in', 'Have a drink', 'Find a seat'] },
          { type: 'numbered', items: ['This list starts again at 1', 'Second'] },
        ],
        sections: [
          {
            level: 2,
            heading: 'Breaks',
            blocks: [{ type: 'paragraph', text: 'There are two breaks. You can step out at any time.' }],
            sections: [{ level: 3, heading: 'Lunch', blocks: [{ type: 'paragraph', text: 'Lunch is provided.' }] }],
          },
          { level: 2, heading: 'Empty section', blocks: [{ type: 'paragraph', text: '' }] },
        ],
      },
      {
        level: 1,
        heading: 'Easy Read ideas',
        blocks: [
          { type: 'idea', picture: { key: 'clock', alt: 'A clock' }, text: 'We start at 10:30.' },
          { type: 'idea', picture: { key: 'coffee', alt: 'A cup of tea' }, text: 'There is tea and coffee.' },
          { type: 'idea', picture: { key: 'missing', alt: 'No picture' }, text: 'This idea has no picture.' },
          {
            type: 'idea',
            picture: { key: 'people', alt: 'A group of people' },
            text: [{ text: 'You ' }, { text: 'can', bold: true }, { text: ' bring a friend.' }],
          },
          { type: 'pageBreak' },
        ],
      },
      {
        level: 1,
        heading: 'After the workshop',
        blocks: [
          { type: 'writeIn', label: 'What went well?', lines: 3 },
          { type: 'writeIn', label: 'What could be better?', lines: 3 },
          {
            type: 'table',
            caption: 'Wide table',
            header: ['One', 'Two', 'Three', 'Four', 'Five'],
            rows: [['a', 'b', 'c', 'd', 'e', 'extra'], ['short']],
          },
        ],
      },
    ],
  };
}
