import { describe, expect, it } from 'vitest';
import { checkDocx } from '../testing/docxRules';
import { caught } from '../testing/caught';
import { openTestStore } from '../testing/tempStore';

function storeWithSample() {
  const store = openTestStore();
  const { id } = store.service.addSamplePlan(undefined);
  return { ...store, planId: id, plan: store.service.getPlan({ planId: id }) };
}

describe('packs from the store', () => {
  it('previews a pack as its structure and words, for everyone or for one person', () => {
    const { service, planId, plan } = storeWithSample();
    const doc = service.previewPack({ planId, pack: 'participant', format: 'standard' });
    expect(doc).toMatchObject({ kind: 'participant', format: 'standard', title: plan.title });
    expect(doc.sections.length).toBeGreaterThan(3);
    const amara = plan.people.find((p) => p.name === 'Amara')!;
    const personal = service.previewPack({ planId, pack: 'participant', format: 'large_print', personId: amara.id });
    expect(JSON.stringify(personal)).toContain('Dear Amara');
    expect(service.previewPack({ planId, pack: 'facilitator', format: 'standard' }).kind).toBe('facilitator');
  });

  it('previews the pictures the Word file holds, as data: URIs, and about how many pages it fills', () => {
    const { service, planId, plan } = storeWithSample();
    const priya = plan.people.find((p) => p.name === 'Priya')!;
    const easyRead = service.previewPack({ planId, pack: 'participant', format: 'easy_read', personId: priya.id });
    const used = new Set(JSON.stringify(easyRead.sections).match(/"key":"[^"]+"/g));
    expect(used.size).toBeGreaterThan(3);
    expect(Object.keys(easyRead.pictures)).toHaveLength(used.size);
    for (const uri of Object.values(easyRead.pictures)) expect(uri).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(easyRead.estimatedPages).toBeGreaterThan(3);
    const standard = service.previewPack({ planId, pack: 'participant', format: 'standard' });
    expect(standard.pictures).toEqual({});
    // Bigger print, more pages.
    const large = service.previewPack({ planId, pack: 'participant', format: 'large_print' });
    expect(large.estimatedPages).toBeGreaterThan(standard.estimatedPages);
  });

  it('makes the printable page for a PDF from the same pack, named like the Word file', () => {
    const { service, planId, plan } = storeWithSample();
    const amara = plan.people.find((p) => p.name === 'Amara')!;
    const page = service.packHtml({ planId, pack: 'participant', format: 'large_print', personId: amara.id });
    expect(page.fileName).toMatch(/^Shaping our next study together.*large print.*Amara\.pdf$/);
    expect(page.html).toContain('Dear Amara');
    expect(page.html).toContain('<html lang="en-GB">');
    // The typeface travels inside the page.
    expect(page.html).toMatch(
      /@font-face\{font-family:'Atkinson Hyperlegible Next';font-style:normal;font-weight:700;src:url\(data:font\/woff2;base64,d09GMg/,
    );
  });

  it('makes the Word file with a readable name, meeting its format’s rules', async () => {
    const { service, planId, plan } = storeWithSample();
    const priya = plan.people.find((p) => p.name === 'Priya')!;
    const file = await service.packFile({ planId, pack: 'participant', format: 'easy_read', personId: priya.id });
    expect(file.fileName).toMatch(/^Shaping our next study together.*Easy Read.*Priya\.docx$/);
    const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
    expect(checkDocx(bytes, 'easy_read').problems).toEqual([]);
  });

  it('names the organisation from the settings on the cover, and prints on cream when settings ask', async () => {
    const { service, planId } = storeWithSample();
    const fileFacts = async () =>
      checkDocx(
        new Uint8Array(Buffer.from((await service.packFile({ planId, pack: 'participant', format: 'dyslexia' })).base64, 'base64')),
        'dyslexia',
      );
    expect(service.previewPack({ planId, pack: 'facilitator', format: 'standard' }).organiser).toBeUndefined();
    expect((await fileFacts()).facts.background).toBeNull();
    service.updateSettings({ organisationName: 'Leeds Health Research', creamPaper: true });
    expect(service.previewPack({ planId, pack: 'facilitator', format: 'standard' }).organiser).toBe('Leeds Health Research');
    const { problems, facts } = await fileFacts();
    expect(problems).toEqual([]);
    expect(facts.text.split('\n')[1]).toBe('Leeds Health Research');
    expect(facts.background).toBe('FDF8E4');
  });

  it('refuses an organisation name too long to keep, changing nothing', async () => {
    const { service, dispatch } = storeWithSample();
    const res = await dispatch('updateSettings', { organisationName: 'x'.repeat(301) });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(JSON.stringify(res)).toMatch(/The organisation name can be up to 300 characters/);
    expect(service.getSettings(undefined).organisationName).toBe('');
  });

  it('goes through dispatch like any method, refusing bad input kindly', async () => {
    const { dispatch, planId } = storeWithSample();
    const res = await dispatch('packFile', { planId, pack: 'facilitator', format: 'dyslexia' });
    expect(res.ok).toBe(true);
    expect(dispatch('previewPack', { planId, pack: 'poster', format: 'standard' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'Choose the participant pack or the facilitator pack.' },
    });
  });

  it('says kindly when the plan or person is not there', () => {
    const { service, planId } = storeWithSample();
    expect(caught(() => service.previewPack({ planId, pack: 'participant', format: 'standard', personId: crypto.randomUUID() })).code).toBe(
      'not_found',
    );
    expect(caught(() => service.previewPack({ planId: crypto.randomUUID(), pack: 'participant', format: 'standard' })).code).toBe('not_found');
  });
});
