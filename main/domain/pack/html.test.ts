import { describe, expect, it } from 'vitest';
import { PACK_FORMATS } from '../access';
import { FORMAT_SPECS } from './formats';
import { escapeHtml, packBodyHtml, packHtmlDocument } from './html';
import type { PackDocument } from './model';
import { testDocument } from '../../testing/testDocument';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const pictures = (key: string) => (key === 'missing' ? null : PNG);

/** The tags in order, e.g. ['h1', 'h2', 'h3'], for the headings of a page. */
const headingTags = (html: string) => [...html.matchAll(/<(h[1-6])\b/g)].map((m) => m[1]);

const hostile: PackDocument = {
  kind: 'participant',
  format: 'standard',
  title: 'Our </title><script>alert(1)</script> plan',
  titleLines: ['<img src=x onerror=alert(1)>'],
  footer: 'Footer "}; @import url(http://example.com/x.css); content:"',
  credits: [],
  sections: [
    {
      level: 1,
      heading: '<b onclick="x()">Welcome</b>',
      blocks: [
        { type: 'paragraph', text: [{ text: 'A & B <i>' }, { text: '"quoted" \'single\'', bold: true }] },
        { type: 'idea', picture: { key: 'clock', alt: '"><script>alert(2)</script>' }, text: 'Time' },
        { type: 'table', caption: '<caption>', header: ['<th>'], rows: [['</td><td>']] },
      ],
    },
  ],
};

describe('a pack as a printable HTML page', () => {
  it('is one self-contained page in UK English, with the pack’s title and real headings', () => {
    const html = packHtmlDocument(testDocument('standard'), { pictures });
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB">')).toBe(true);
    expect(html).toContain('<title>Shaping our next study: a workshop for everyone</title>');
    // The title is the page's one h1; sections go down a level at a time, never skipping one.
    const tags = headingTags(html);
    expect(tags.filter((t) => t === 'h1')).toHaveLength(1);
    for (let i = 1; i < tags.length; i++) expect(Number(tags[i]![1]) - Number(tags[i - 1]![1])).toBeLessThanOrEqual(1);
    expect(html).toMatch(/<ul><li>/);
    expect(html).toMatch(/<table class="pack-table"><caption>[^<]+<\/caption>.*?<thead><tr><th scope="col">/);
    expect(html).toContain('<main>');
    // Nothing can reach out: no script and no address other than data: URIs.
    expect(html).not.toMatch(/<script|https?:\/\/(?!openmoji)|src="(?!data:)|url\((?!data:)/i);
  });

  it('uses each format’s sizes from formats.ts, and cream only where asked for and allowed', () => {
    for (const format of PACK_FORMATS) {
      const spec = FORMAT_SPECS[format];
      const html = packHtmlDocument(testDocument(format));
      expect(html).toContain(`font-size:${spec.bodyPt}pt`);
      expect(html).toContain(`h2{font-size:${spec.headingPt[1]}pt}`);
      expect(html).toContain(`h1{font-size:${spec.titlePt}pt`);
      expect(html).toContain('text-align:left');
      expect(html).not.toMatch(/justify|font-style:italic|text-decoration:underline/);
    }
    expect(packHtmlDocument(testDocument('dyslexia'), { cream: true })).toContain(`background:#${FORMAT_SPECS.dyslexia.creamColour}`);
    expect(packHtmlDocument(testDocument('dyslexia'))).not.toContain(`#${FORMAT_SPECS.dyslexia.creamColour}`);
    expect(packHtmlDocument(testDocument('standard'), { cream: true })).not.toContain(`#${FORMAT_SPECS.dyslexia.creamColour}`);
  });

  it('embeds the typeface when given, and puts the footer and page numbers at the foot of every page', () => {
    const html = packHtmlDocument(testDocument('large_print'), {
      fonts: { regular: 'data:font/woff2;base64,AAAA', bold: 'data:font/woff2;base64,BBBB' },
    });
    expect(html).toContain("font-weight:400;src:url(data:font/woff2;base64,AAAA) format('woff2')");
    expect(html).toContain("font-weight:700;src:url(data:font/woff2;base64,BBBB) format('woff2')");
    expect(html).toContain('@bottom-left{content:"Shaping our next study – participant pack" " – " "Page " counter(page) " of " counter(pages)');
  });

  it('shows each Easy Read picture with its words as alt text, and only pictures given as data: URIs', () => {
    const html = packHtmlDocument(testDocument('easy_read'), { pictures });
    expect(html).toMatch(
      /<div class="pack-idea"><div class="pack-idea-picture"><img class="pack-idea-img" src="data:image\/png;base64,[^"]+" alt="[^"]+"><\/div>/,
    );
    // A picture that is missing keeps its words.
    expect(html).toContain('class="pack-idea-missing">[');
    const fromElsewhere = packHtmlDocument(testDocument('easy_read'), { pictures: () => 'https://example.com/a.png' });
    expect(fromElsewhere).not.toContain('<img');
  });

  it('escapes everything from the plan, so no text can become markup or break out of the footer', () => {
    const html = packHtmlDocument(hostile, { pictures });
    expect(html).not.toMatch(/<script|<b onclick|<img src=x|<i>|<\/td><td>|<th><\/th>/);
    expect(html).toContain('<title>Our &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; plan</title>');
    expect(html).toContain('A &amp; B &lt;i&gt;<strong>&quot;quoted&quot; &#39;single&#39;</strong>');
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
    // The footer stays one CSS string: its quote is escaped, so the @import is only words.
    expect(html).toContain('content:"Footer \\"}; @import url(http://example.com/x.css); content:\\""');
    expect(escapeHtml('a\u0000b\u0007c\r\nd')).toBe('abc\nd');
  });

  it('leaves out what render.ts leaves out: empty paragraphs and sections with nothing in them', () => {
    const doc: PackDocument = {
      ...hostile,
      sections: [
        { level: 1, heading: 'Empty', blocks: [{ type: 'paragraph', text: '  ' }, { type: 'pageBreak' }] },
        {
          level: 1,
          heading: 'Kept',
          blocks: [
            { type: 'paragraph', text: ' ' },
            { type: 'paragraph', text: 'Words' },
          ],
        },
      ],
    };
    const html = packBodyHtml(doc, { mode: 'print' });
    expect(html).not.toContain('Empty');
    expect(html).toContain('<h2>Kept</h2><p>Words</p></section>');
  });
});

describe('the same pack for the in-app preview', () => {
  it('sits under the screen’s h2, with no inline styles for the app’s Content Security Policy to refuse', () => {
    const html = packBodyHtml(testDocument('easy_read'), { mode: 'preview', pictures });
    expect(headingTags(html)[0]).toBe('h3');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<p class="pack-title">');
    expect(html).not.toMatch(/style=|<style/);
    // A wide table can be scrolled from the keyboard, and is named by its caption.
    expect(html).toMatch(/<div class="pack-table-scroll" tabindex="0" role="group" aria-label="[^"]+"><table/);
    expect(html).toContain('At the foot of every page: “Shaping our next study – participant pack” and the page number.');
    expect(html).toMatch(/\(space to write, \d+ lines?\)/);
    expect(html).toContain('<img class="pack-idea-img" src="data:image/png;base64,');
  });
});
