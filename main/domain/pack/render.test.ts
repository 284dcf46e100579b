import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACK_FORMATS, type PackFormat } from '../access';
import { checkDocx } from '../../testing/docxRules';
import { FORMAT_SPECS, HEADING_RATIO } from './formats';
import type { PackDocument } from './model';
import { NO_ASSETS, pngSize, renderPack, sanitizeText } from './render';
import { LONG_WORDS, makePng, testAssets, testDocument } from '../../testing/testDocument';

function part(bytes: Uint8Array, path: string): string {
  const file = unzipSync(bytes)[path];
  if (!file) throw new Error(`no ${path}`);
  return strFromU8(file);
}

/** The same file with one of its parts changed. */
function tamper(bytes: Uint8Array, path: string, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const before = strFromU8(files[path]!);
  const after = change(before);
  if (after === before) throw new Error(`tampering changed nothing in ${path}`);
  files[path] = strToU8(after);
  return zipSync(files);
}

describe('FORMAT_SPECS', () => {
  it('meets the numbers in the PRODUCT.md table', () => {
    expect(FORMAT_SPECS.standard).toMatchObject({ font: 'Arial', bodyPt: 14, minimumPt: 12, line: 276 });
    expect(FORMAT_SPECS.large_print).toMatchObject({ font: 'Arial', bodyPt: 18, minimumPt: 16, line: 276 });
    expect(FORMAT_SPECS.dyslexia).toMatchObject({ font: 'Arial', bodyPt: 14, line: 360 });
    expect(FORMAT_SPECS.easy_read).toMatchObject({ font: 'Arial', bodyPt: 16, minimumPt: 14, line: 360 });
    for (const format of PACK_FORMATS) {
      const spec = FORMAT_SPECS[format];
      expect(spec.minimumPt).toBeLessThanOrEqual(spec.bodyPt);
      expect(spec.minimumPt).toBeGreaterThanOrEqual(12);
      for (const level of [1, 2, 3] as const) expect(spec.headingPt[level]).toBeGreaterThanOrEqual(spec.bodyPt * HEADING_RATIO);
      expect(spec.headingPt[1]).toBeGreaterThan(spec.headingPt[2]);
      expect(spec.headingPt[2]).toBeGreaterThan(spec.headingPt[3]);
      expect(spec.pageColour).toBe('FFFFFF');
    }
  });
});

describe('renderPack', () => {
  for (const format of PACK_FORMATS) {
    it(`writes a ${format} pack that meets every rule`, async () => {
      const bytes = await renderPack(testDocument(format), testAssets);
      const { problems, facts } = checkDocx(bytes, format);
      expect(problems).toEqual([]);
      const spec = FORMAT_SPECS[format];
      expect(facts.bodyPt).toBe(spec.bodyPt);
      expect(facts.line).toBe(spec.line);
      expect(facts.smallestPt).toBeGreaterThanOrEqual(spec.minimumPt);
      expect(facts.language).toBe('en-GB');
      expect(facts.title).toBe('Shaping our next study: a workshop for everyone');
      expect(facts.headings).toEqual([
        { level: 1, text: 'Welcome' },
        { level: 1, text: 'The day' },
        { level: 2, text: 'Breaks' },
        { level: 3, text: 'Lunch' },
        { level: 1, text: 'Easy Read ideas' },
        { level: 1, text: 'After the workshop' },
      ]);
      expect(facts.headingPt).toEqual({ 1: spec.headingPt[1], 2: spec.headingPt[2], 3: spec.headingPt[3] });
      // Agenda, wide table and the two write-in boxes (their label in the header row) are data
      // tables; the ideas are layout.
      expect(facts.tables).toBe(5);
      expect(facts.dataTables).toBe(4);
      expect(facts.images).toBe(3);
      expect(facts.altTexts).toEqual(['A clock', 'A cup of tea', 'A group of people']);
      expect(facts.pageNumbers).toBe(true);
      expect(facts.background).toBeNull();
    });
  }

  it('keeps emoji, right-to-left text and every word, and drops control characters', async () => {
    const bytes = await renderPack(testDocument('standard'), testAssets);
    const { facts } = checkDocx(bytes, 'standard');
    expect(facts.text).toContain('🙂');
    expect(facts.text).toContain('مرحبا بكم في ورشة العمل');
    expect(facts.text).toContain('ברוכים הבאים');
    expect(facts.text).toContain('Control characters  are dropped; tabs become spaces.');
    expect(facts.text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    // A new line in the plan starts a new paragraph in the pack.
    expect(facts.text).toContain('We are glad you are coming.\nA second line, from a new line in the plan.');
    const document = part(bytes, 'word/document.xml');
    expect(document).toMatch(/<w:rtl\/><\/w:rPr><w:t xml:space="preserve">مرحبا بكم في ورشة العمل<\/w:t>/);
    // Bold is the only emphasis, and it is real bold, not capitals or a fake bullet.
    expect(document).toContain('<w:b/>');
    expect(document).not.toContain('•');
    expect(document).toContain('<w:numPr>');
  });

  it('repeats table header rows, keeps rows whole and gives tables real widths', async () => {
    const document = part(await renderPack(testDocument('large_print'), testAssets), 'word/document.xml');
    // The agenda, the wide table and the two write-in boxes.
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(4);
    expect(document).toContain('<w:cantSplit/>');
    expect(document).toContain('<w:tblW w:type="pct" w:w="5000"/>');
    expect(document).toContain('<w:tcW w:type="pct" w:w="1250"/>');
    // The caption is a bold paragraph straight before its table, kept with it.
    expect(document).toMatch(/<w:keepNext\/>.*?<w:b\/>.*?Agenda for the day<\/w:t><\/w:r><\/w:p><w:tbl>/);
  });

  it('puts a page break before the heading after a pageBreak block, and after the title page', async () => {
    const document = part(await renderPack(testDocument('easy_read'), testAssets), 'word/document.xml');
    const breaks = [...document.matchAll(/<w:pageBreakBefore\/>.*?<w:t xml:space="preserve">([^<]*)</g)].map((m) => m[1]);
    expect(breaks).toEqual(['Welcome', 'After the workshop']);
  });

  it('renders a 10,000-word paragraph', async () => {
    const bytes = await renderPack(testDocument('dyslexia', { longParagraph: true }), testAssets);
    const { problems, facts } = checkDocx(bytes, 'dyslexia');
    expect(problems).toEqual([]);
    expect(facts.text).toContain(`word${LONG_WORDS - 1}`);
  });

  it('keeps the words of an idea when there is no picture, or the picture is not a PNG', async () => {
    for (const assets of [
      NO_ASSETS,
      { picture: () => new Uint8Array([1, 2, 3]) },
      {
        picture: (): Uint8Array => {
          throw new Error('gone');
        },
      },
    ]) {
      const bytes = await renderPack(testDocument('easy_read'), assets);
      const { problems, facts } = checkDocx(bytes, 'easy_read');
      expect(problems).toEqual([]);
      expect(facts.images).toBe(0);
      expect(facts.text).toContain('You can bring a friend.');
    }
  });

  it('writes a valid pack from empty and awkward input', async () => {
    const doc: PackDocument = {
      kind: 'facilitator',
      format: 'standard',
      title: '\u0000\u0001',
      titleLines: ['', '\u0002'],
      footer: '',
      credits: [],
      sections: [
        { level: 2, heading: '', blocks: [{ type: 'paragraph', text: 'A section given level 2 at the top becomes a Heading 1.' }] },
        {
          level: 1,
          heading: 'Nothing here',
          blocks: [{ type: 'paragraph', text: '\n\n' }, { type: 'bullets', items: ['', ' '] }, { type: 'pageBreak' }],
        },
        {
          level: 1,
          heading: 'Jumps a level',
          blocks: [{ type: 'table', caption: '', header: ['A', 'B'], rows: [['only one cell']], widths: [0, -1] }],
          sections: [{ level: 3, heading: 'Was level 3', blocks: [{ type: 'writeIn', label: '', lines: 0 }] }],
        },
      ],
    };
    const bytes = await renderPack(doc, NO_ASSETS);
    const { problems, facts } = checkDocx(bytes, 'standard');
    expect(problems).toEqual([]);
    expect(facts.title).toBe('Workshop pack');
    expect(facts.headings).toEqual([
      { level: 1, text: 'More information' },
      { level: 1, text: 'Jumps a level' },
      { level: 2, text: 'Was level 3' },
    ]);
  });

  it('keeps number phrases on one line, and reads them back with plain spaces', async () => {
    const doc = testDocument('standard');
    const bytes = await renderPack(
      { ...doc, sections: [{ level: 1, heading: 'Where', blocks: [{ type: 'paragraph', text: 'Room 2, 4 Mill Lane, LS1 4AP at half past 10.' }] }] },
      testAssets,
    );
    const { problems, facts } = checkDocx(bytes, 'standard');
    expect(problems).toEqual([]);
    expect(part(bytes, 'word/document.xml')).toContain('Room\u00A02, 4 Mill Lane, LS1\u00A04AP at half\u00A0past\u00A010.');
    expect(facts.text).toContain('Room 2, 4 Mill Lane, LS1 4AP at half past 10.');
    expect(facts.keptTogether).toEqual(['Thursday 12 March', 'Room 2', 'LS1 4AP', 'half past 10']);
  });

  it('writes the organiser on the cover, and nothing when there is none', async () => {
    const doc = testDocument('large_print');
    const withOrganiser = checkDocx(await renderPack({ ...doc, organiser: 'Leeds Health Research' }, testAssets), 'large_print');
    expect(withOrganiser.problems).toEqual([]);
    expect(withOrganiser.facts.text.split('\n').slice(0, 2)).toEqual(['Shaping our next study: a workshop for everyone', 'Leeds Health Research']);
    const without = checkDocx(await renderPack({ ...doc, organiser: '  ' }, testAssets), 'large_print');
    expect(without.facts.text.split('\n')[1]).toBe('Thursday 12 March 2027');
  });

  it('prints a landscape section on pages of its own, and starts a section on a new page when asked', async () => {
    const doc: PackDocument = {
      ...testDocument('standard'),
      sections: [
        {
          level: 1,
          heading: 'Run sheet',
          landscape: true,
          blocks: [{ type: 'table', caption: 'Run sheet', header: ['Time', 'Block'], rows: [['10:00', 'Welcome']] }],
        },
        {
          level: 1,
          heading: 'Materials',
          blocks: [
            { type: 'checklist', items: ['Name badges', 'Pens'] },
            { type: 'numbered', items: ['Set out chairs'] },
          ],
        },
        { level: 1, heading: 'Private', newPage: true, blocks: [{ type: 'paragraph', text: 'Keep this page private.' }] },
      ],
    };
    const bytes = await renderPack(doc, testAssets);
    const { problems, facts } = checkDocx(bytes, 'standard');
    expect(problems).toEqual([]);
    // Title page, then the landscape run sheet, then portrait again.
    expect(facts.pageRuns.map((r) => r.landscape)).toEqual([false, true, false]);
    expect(facts.newPageHeadings).toEqual(['Private']);
    expect(facts.checklistItems).toEqual(['Name badges', 'Pens']);
    expect(facts.numberedItems).toEqual(['Set out chairs']);
    // The landscape table spans the wider page.
    expect(part(bytes, 'word/document.xml')).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('holds dyslexia-friendly lines to 60–70 characters, and finds longer ones', async () => {
    const bytes = await renderPack(testDocument('dyslexia'), testAssets);
    const { problems, facts } = checkDocx(bytes, 'dyslexia');
    expect(problems).toEqual([]);
    expect(facts.pageRuns[0]!.lineCharacters).toBeGreaterThanOrEqual(60);
    expect(facts.pageRuns[0]!.lineCharacters).toBeLessThanOrEqual(70);
    const wide = tamper(bytes, 'word/document.xml', (x) => x.replace(/w:right="\d+"/, 'w:right="567"').replace(/w:left="\d+"/, 'w:left="567"'));
    expect(checkDocx(wide, 'dyslexia').problems.join('\n')).toMatch(/A line of body text holds about 77 characters; the dyslexia format needs 60–70/);
  });

  it('gives Easy Read pictures cells at least 3 cm wide and keeps a section’s ideas together', async () => {
    const bytes = await renderPack(testDocument('easy_read'), testAssets);
    const { problems, facts } = checkDocx(bytes, 'easy_read');
    expect(problems).toEqual([]);
    expect(facts.narrowestPictureCm).toBeGreaterThanOrEqual(3);
    const loose = tamper(bytes, 'word/document.xml', (x) => x.replaceAll('<w:keepNext/><w:keepLines/>', '<w:keepLines/>'));
    expect(checkDocx(loose, 'easy_read').problems.join('\n')).toMatch(/an Easy Read section can split across pages/);
    // A section too long for one page keeps its heading with its first two ideas, then flows on.
    const ideas = Array.from({ length: 10 }, (_, i) => ({
      type: 'idea' as const,
      picture: { key: 'clock', alt: 'A clock' },
      text: `Idea ${i + 1}.`,
    }));
    const long = await renderPack({ ...testDocument('easy_read'), sections: [{ level: 1, heading: 'Long', blocks: ideas }] }, testAssets);
    expect(checkDocx(long, 'easy_read').problems).toEqual([]);
    const keptRows = part(long, 'word/document.xml')
      .split('<w:tr>')
      .slice(1)
      .map((row) => row.includes('<w:keepNext/>'));
    expect(keptRows).toEqual([true, ...Array(9).fill(false)]);
    const small = tamper(bytes, 'word/document.xml', (x) => x.replace(/<wp:extent cx="\d+" cy="\d+"\/>/, '<wp:extent cx="914400" cy="914400"/>'));
    expect(checkDocx(small, 'easy_read').problems.join('\n')).toMatch(/An Easy Read picture or its cell is 2.54 cm wide/);
  });

  it('prints dyslexia-friendly packs on cream only when asked', async () => {
    const cream = await renderPack(testDocument('dyslexia'), testAssets, { cream: true });
    const { problems, facts } = checkDocx(cream, 'dyslexia');
    expect(problems).toEqual([]);
    expect(facts.background).toBe(FORMAT_SPECS.dyslexia.creamColour);
    // Other formats stay white.
    expect(checkDocx(await renderPack(testDocument('standard'), testAssets, { cream: true }), 'standard').facts.background).toBeNull();
  });
});

describe('sanitizeText and pngSize', () => {
  it('drops what XML cannot hold and keeps the rest', () => {
    expect(sanitizeText('a\u0000b\u0008c\u000Bd\r\ne\rf\tg\uFFFFh\uD800i')).toBe('abc\nd\ne\nf ghi');
    expect(sanitizeText('👋🏽 שלום مرحبا')).toBe('👋🏽 שלום مرحبا');
  });

  it('reads the size of a PNG and refuses anything else', () => {
    expect(pngSize(makePng(20, [0, 0, 0]))).toEqual({ width: 20, height: 20 });
    expect(pngSize(new Uint8Array(30))).toBeNull();
  });
});

describe('checkDocx catches every broken rule', () => {
  const format: PackFormat = 'standard';
  let good: Uint8Array;
  const problemsOf = (bytes: Uint8Array) => checkDocx(bytes, format).problems.join('\n');

  beforeAll(async () => {
    good = await renderPack(testDocument(format), testAssets);
    expect(checkDocx(good, format).problems).toEqual([]);
  });

  const DOC = 'word/document.xml';
  const STYLES = 'word/styles.xml';
  const cases: [string, string, (xml: string) => string, RegExp][] = [
    [
      'a run below the minimum size',
      DOC,
      (x) => x.replace('<w:r><w:t xml:space="preserve">Dear Amira', '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">Dear Amira'),
      /10pt is below the standard minimum of 12pt/,
    ],
    [
      'a small size inherited from the document defaults',
      STYLES,
      (x) => x.replace(/(<w:rPrDefault><w:rPr>.*?)<w:sz w:val="28"\/><w:szCs w:val="28"\/>/, '$1'),
      /Body text is 10pt[\s\S]*Some text is 10pt/,
    ],
    [
      'a small size inherited from a style',
      DOC,
      (x) =>
        x.replace(
          '<w:pPr><w:keepLines/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Dear Amira',
          '<w:pPr><w:pStyle w:val="Small"/><w:keepLines/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Dear Amira',
        ),
      /Some text is 11pt/,
    ],
    [
      'tight line spacing',
      STYLES,
      (x) => x.replace('<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276"', '<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="240"'),
      /Default line spacing is 240/,
    ],
    [
      'tight line spacing on a paragraph of text',
      DOC,
      (x) =>
        x.replace(
          '<w:pPr><w:keepLines/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Dear',
          '<w:pPr><w:keepLines/><w:spacing w:line="240"/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Dear',
        ),
      /line spacing of 240 is below 276/,
    ],
    [
      'fixed line spacing',
      DOC,
      (x) =>
        x.replace(
          '<w:pPr><w:keepLines/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Dear',
          '<w:pPr><w:keepLines/><w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Dear',
        ),
      /fixed line spacing/,
    ],
    ['justified text', DOC, (x) => x.replace('<w:jc w:val="left"/>', '<w:jc w:val="both"/>'), /aligned "both"/],
    ['centred text', STYLES, (x) => x.replace('<w:jc w:val="left"/>', '<w:jc w:val="center"/>'), /aligned "center"/],
    [
      'italics in the text',
      DOC,
      (x) => x.replace('<w:r><w:t xml:space="preserve">Dear', '<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Dear'),
      /italics is used in "Dear Amira,"/,
    ],
    ['italics in a style', STYLES, (x) => x.replace('<w:i w:val="false"/>', '<w:i/>'), /italics is used in the Title style/],
    [
      'underline',
      DOC,
      (x) => x.replace('<w:r><w:t xml:space="preserve">Dear', '<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">Dear'),
      /underline is used/,
    ],
    [
      'all capitals',
      DOC,
      (x) => x.replace('<w:r><w:t xml:space="preserve">Dear', '<w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="preserve">Dear'),
      /all capitals is used/,
    ],
    ['a block of capitals', DOC, (x) => x.replace('Dear Amira,', 'PLEASE READ THIS BEFORE YOU COME'), /block of capital letters/],
    [
      'a heading style in colour',
      STYLES,
      (x) => x.replace(/(w:styleId="Heading2".*?<w:color w:val=")000000/, '$12E74B5'),
      /Heading2 is coloured 2E74B5/,
    ],
    ['a heading style in italics', STYLES, (x) => x.replace(/(w:styleId="Heading1".*?)<w:i w:val="false"\/>/, '$1<w:i/>'), /Heading1 is in italics/],
    ['a heading style not bold', STYLES, (x) => x.replace(/(w:styleId="Heading3".*?)<w:b\/>/, '$1'), /Heading3 is not bold/],
    [
      'a heading too small',
      STYLES,
      (x) => x.replace(/(w:styleId="Heading3".*?)<w:sz w:val="34"\/>/, '$1<w:sz w:val="30"/>'),
      /Heading3 is 15pt, less than 20% larger/,
    ],
    [
      'a skipped heading level',
      DOC,
      (x) => x.replace('<w:pStyle w:val="Heading2"/>', '<w:pStyle w:val="Heading3"/>'),
      /is a Heading 3 after a Heading 1: a level is skipped/,
    ],
    ['a heading below level 3', DOC, (x) => x.replace('<w:pStyle w:val="Heading3"/>', '<w:pStyle w:val="Heading4"/>'), /uses Heading 4/],
    ['no title', 'docProps/core.xml', (x) => x.replace(/<dc:title>.*?<\/dc:title>/, '<dc:title></dc:title>'), /no title property/],
    ['the wrong language', STYLES, (x) => x.replace('<w:lang w:val="en-GB"/>', '<w:lang w:val="en-US"/>'), /language is en-US, not en-GB/],
    ['no language', STYLES, (x) => x.replace('<w:lang w:val="en-GB"/>', ''), /language is not set/],
    ['a table without a header row', DOC, (x) => x.replace('<w:tblHeader/>', ''), /Table 1 \("TimeWhat we will do"\) has no marked header row/],
    ['a merged cell', DOC, (x) => x.replace('<w:tcPr>', '<w:tcPr><w:gridSpan w:val="2"/>'), /merged cells \(w:gridSpan\)/],
    ['a vertically merged cell', DOC, (x) => x.replace('<w:tcPr>', '<w:tcPr><w:vMerge w:val="restart"/>'), /merged cells \(w:vMerge\)/],
    ['a picture without alt text', DOC, (x) => x.replace('descr="A clock"', 'descr=""'), /Picture 1 has no alt text/],
    [
      'an empty paragraph',
      DOC,
      (x) => x.replace('<w:body>', '<w:body><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'),
      /An empty paragraph is used/,
    ],
    ['an empty paragraph of line breaks', DOC, (x) => x.replace('<w:body>', '<w:body><w:p><w:r><w:br/></w:r></w:p>'), /An empty paragraph is used/],
    ['no page number', 'word/footer1.xml', (x) => x.replace('<w:instrText xml:space="preserve">PAGE</w:instrText>', ''), /no page number/],
    ['no default font', STYLES, (x) => x.replace(/(<w:rPrDefault><w:rPr>)<w:rFonts[^>]*\/>/, '$1'), /default font is not set/],
    ['another font', STYLES, (x) => x.replace('w:ascii="Arial"', 'w:ascii="Comic Sans MS"'), /font Comic Sans MS is used/],
    [
      'a heading style not kept with its next paragraph',
      STYLES,
      (x) => x.replace(/(w:styleId="Heading2".*?)<w:keepNext\/>/, '$1'),
      /Heading2 is not kept with the next paragraph/,
    ],
    ['a table row that can split across pages', DOC, (x) => x.replace('<w:cantSplit/>', ''), /Table 1 has a row that can split across pages/],
    [
      'a "Room 2" that can break across lines',
      DOC,
      (x) => x.replace('Dear Amira,', 'Come to Room 2 at LS1 4AP.'),
      /"Come to Room 2 at LS1 4AP\." can break a postcode, time or number phrase/,
    ],
    [
      'pale text',
      DOC,
      (x) => x.replace('<w:r><w:t xml:space="preserve">Dear', '<w:r><w:rPr><w:color w:val="AAAAAA"/></w:rPr><w:t xml:space="preserve">Dear'),
      /contrast of 2\.3:1/,
    ],
  ];

  for (const [name, path, change, expected] of cases) {
    it(`finds ${name}`, () => {
      let bytes = tamper(good, path, change);
      if (name === 'a small size inherited from a style') {
        bytes = tamper(bytes, STYLES, (x) =>
          x.replace(
            '</w:styles>',
            '<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style></w:styles>',
          ),
        );
      }
      expect(problemsOf(bytes)).toMatch(expected);
    });
  }

  it('allows underline on links', () => {
    const bytes = tamper(good, DOC, (x) =>
      x.replace(
        '<w:r><w:t xml:space="preserve">Dear Amira,</w:t></w:r>',
        '<w:hyperlink r:id="rIdX"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">Dear Amira,</w:t></w:r></w:hyperlink>',
      ),
    );
    expect(checkDocx(bytes, format).problems).toEqual([]);
  });

  it('judges sizes by the format: a large print pack is not standard', async () => {
    const standard = await renderPack(testDocument('standard'), testAssets);
    expect(problemsOf(standard)).toBe('');
    expect(checkDocx(standard, 'large_print').problems.join('\n')).toMatch(
      /Body text is 14pt; the large_print format needs 18pt[\s\S]*below the large_print minimum of 16pt/,
    );
  });

  it('says when the file is not a Word file', () => {
    expect(checkDocx(new Uint8Array([1, 2, 3]), format).problems).toEqual(['The file is not a zip (.docx) file.']);
    expect(checkDocx(zipSync({ 'a.txt': strToU8('hi') }), format).problems[0]).toMatch(/no word\/document.xml/);
  });
});
