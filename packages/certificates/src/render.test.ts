import { PDFBool, PDFDict, PDFName, PDFString } from 'pdf-lib';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { CertificateDataError } from './certificate-data.ts';
import { QR_QUIET_ZONE } from './pdf/qr-code.ts';
import { renderCertificate, renderCohortCertificates } from './render.ts';
import { allElements, elementText, type ReadPdf, readPdf } from './testing/read-pdf.ts';
import { sampleCertificate } from './testing/sample.ts';

const pageText = (pdf: ReadPdf, index: number) => pdf.pages[index]?.texts.join(' ') ?? '';

describe('renderCertificate', () => {
  it('makes an A4 certificate page and a transcript page that parse back', async () => {
    const pdf = await readPdf(await renderCertificate(sampleCertificate()));
    expect(pdf.doc.getPageCount()).toBe(2);
    for (const page of pdf.doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(595.28, 1);
      expect(page.getHeight()).toBeCloseTo(841.89, 1);
    }
    expect(pdf.doc.getTitle()).toBe('The Harbour Baccalaureate: Amelia Hart (Distinction)');
  });

  it('prints everything the certificate promises on page one', async () => {
    const pdf = await readPdf(await renderCertificate(sampleCertificate()));
    const text = pageText(pdf, 0);
    for (const expected of [
      'The Harbour Baccalaureate',
      'Amelia Hart',
      'Distinction',
      'Pathway: Sciences',
      'Grade: A',
      'Awarded by Northfield Academy on 14 July 2026.',
      'HARBOUR LEARNING TRUST',
      'ABCD-EFGH-JKMN-PQRS',
      'https://bacc.example.org/v/ABCDEFGHJKMNPQRS',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('REVOKED');
  });

  it('lists each component on the transcript: met or not, measured against required', async () => {
    const pdf = await readPdf(await renderCertificate(sampleCertificate()));
    const table = allElements(pdf.structure).find((e) => e.type === 'Table');
    if (!table) throw new Error('no table');
    const rows = table.kids.map((row) => row.kids.map((cell) => elementText(pdf, cell)));
    expect(rows).toEqual([
      ['Component', 'Result', 'Measured', 'Required'],
      ['Extended project', 'Met', 'Grade A', 'Grade C or better'],
      ['Community service', 'Not met', '40 hours', '50 hours'],
      ['Core qualifications', 'Met', '3 A levels', '3 A levels'],
    ]);
    expect(table.kids[0]?.kids.every((c) => c.type === 'TH' && c.scope === 'Column')).toBe(true);
    expect(table.kids[1]?.kids.every((c) => c.type === 'TD')).toBe(true);
    expect(pageText(pdf, 1)).toContain('Harbour Bacc framework, version 3');
  });

  it('is tagged: marked, language, title shown, Document > Sect > H1/P/Figure/Table', async () => {
    const pdf = await readPdf(await renderCertificate(sampleCertificate()));
    const catalog = pdf.doc.catalog;
    const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
    const prefs = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);

    const [document] = pdf.structure.kids;
    expect(document?.type).toBe('Document');
    const [section] = document?.kids ?? [];
    expect(section?.type).toBe('Sect');
    const types = section?.kids.map((k) => k.type) ?? [];
    expect(types).toContain('H1');
    expect(types).toContain('P');
    expect(types).toContain('Figure');
    expect(types).toContain('Table');
    const h1 = section?.kids.find((k) => k.type === 'H1');
    expect(h1 && elementText(pdf, h1)).toBe('The Harbour Baccalaureate');
    const figure = section?.kids.find((k) => k.type === 'Figure');
    expect(figure?.alt).toContain('https://bacc.example.org/v/ABCDEFGHJKMNPQRS');
  });

  it('links every marked-content id to its element through the ParentTree, and back', async () => {
    const pdf = await readPdf(await renderCertificate(sampleCertificate()));
    const owners = new Map<string, string>();
    for (const element of allElements(pdf.structure))
      for (const { page, mcid } of element.content)
        owners.set(`${page}:${mcid}`, element.ref?.toString() ?? '');
    pdf.pages.forEach((page, index) => {
      expect(page.structParents).toBe(index);
      const parents = pdf.parentTree.get(index) ?? [];
      expect(parents.length).toBe(page.marked.size);
      for (const [mcid, marked] of page.marked) {
        expect(owners.get(`${index}:${mcid}`)).toBe(parents[mcid]?.toString());
        const owner = allElements(pdf.structure).find((e) => e.ref === parents[mcid]);
        expect(owner?.type).toBe(marked.tag);
      }
    });
    // Only decoration and the running footer are left out of the tree, as artifacts.
    expect(pdf.pages[0]?.artifactTexts).toEqual([]);
  });

  it('draws a QR code that encodes the verification URL', async () => {
    const data = sampleCertificate();
    const pdf = await readPdf(await renderCertificate(data));
    const figure = allElements(pdf.structure).find((e) => e.type === 'Figure');
    const mark = figure?.content[0];
    if (!mark) throw new Error('no figure content');
    const rects = pdf.pages[mark.page]?.marked.get(mark.mcid)?.rects ?? [];
    const expected = create(data.verifyUrl, { errorCorrectionLevel: 'M' }).modules;
    const size = expected.size;
    const cell = Math.min(...rects.map((r) => r[3] as number));
    const left = Math.min(...rects.map((r) => r[0] as number)) - QR_QUIET_ZONE * cell;
    const top =
      Math.max(...rects.map((r) => (r[1] as number) + (r[3] as number))) + QR_QUIET_ZONE * cell;
    const drawn = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    for (const [x, y, w] of rects as [number, number, number, number][]) {
      const row = Math.round((top - y) / cell) - QR_QUIET_ZONE - 1;
      const first = Math.round((x - left) / cell) - QR_QUIET_ZONE;
      for (let col = first; col < first + Math.round(w / cell); col++)
        (drawn[row] as boolean[])[col] = true;
    }
    const wanted = Array.from({ length: size }, (_, r) =>
      Array.from({ length: size }, (_, c) => expected.get(r, c) === 1),
    );
    expect(drawn).toEqual(wanted);
  });

  it('marks revoked and superseded awards on both pages', async () => {
    for (const [status, word] of [
      ['revoked', 'REVOKED'],
      ['superseded', 'SUPERSEDED'],
    ] as const) {
      const pdf = await readPdf(await renderCertificate(sampleCertificate({ status })));
      for (const index of [0, 1]) {
        const sentence = pdf.pages[index]?.marked.values().next().value?.texts.join(' ');
        expect(sentence).toMatch(new RegExp(`^${word}: this award`));
        expect(pdf.pages[index]?.artifactTexts).toContain(word);
      }
    }
  });

  it('prints names outside WinAnsi without crashing and keeps them whole in /ActualText', async () => {
    for (const name of [
      'Zoë Ńowak',
      '李',
      'Дмитрий Иванов',
      'Siobhán Ó Ceallaigh',
      'Łukasz 👩🏽‍🎓',
    ]) {
      const pdf = await readPdf(await renderCertificate(sampleCertificate({ learnerName: name })));
      const paragraphs = allElements(pdf.structure).filter((e) => e.type === 'P');
      const nameElement = paragraphs.find((p) => (p.actualText ?? elementText(pdf, p)) === name);
      expect(nameElement, name).toBeDefined();
    }
    const zoe = await readPdf(
      await renderCertificate(sampleCertificate({ learnerName: 'Zoë Ńowak' })),
    );
    expect(pageText(zoe, 0)).toContain('Zoë Ńowak');
    expect(pageText(zoe, 0)).not.toContain('cannot be printed');
    const li = await readPdf(await renderCertificate(sampleCertificate({ learnerName: '李' })));
    expect(pageText(li, 0)).toContain('cannot be printed in this typeface');
    const dmitry = await readPdf(
      await renderCertificate(sampleCertificate({ learnerName: 'Дмитрий Иванов' })),
    );
    expect(pageText(dmitry, 0)).toContain('Дмитрий Иванов');
  });

  it('keeps every component when they overflow the transcript page', async () => {
    const components = Array.from({ length: 60 }, (_, i) => ({
      name: `Component number ${i + 1}`,
      met: i % 2 === 0,
      measured: `${i} points`,
      required: `${i + 1} points`,
    }));
    const pdf = await readPdf(await renderCertificate(sampleCertificate({ components })));
    expect(pdf.doc.getPageCount()).toBeGreaterThan(2);
    const table = allElements(pdf.structure).find((e) => e.type === 'Table');
    const names = (table?.kids ?? [])
      .map((row) => row.kids[0])
      .filter((cell) => cell?.type === 'TD')
      .map((cell) => (cell ? elementText(pdf, cell) : ''));
    expect(names).toEqual(components.map((c) => c.name));
  });

  it('keeps the space a long line was wrapped at, so the text reads back whole', async () => {
    const centreName =
      'The Northfield Academy of Sciences, Arts and Humanities at Northfield-upon-Sea in the County of Westshire';
    const pdf = await readPdf(await renderCertificate(sampleCertificate({ centreName })));
    const awarded = allElements(pdf.structure).find((e) =>
      elementText(pdf, e).startsWith('Awarded by'),
    );
    if (!awarded) throw new Error('no awarded-by paragraph');
    expect(pdf.pages[0]?.marked.get(awarded.content[0]?.mcid ?? -1)?.texts.length).toBeGreaterThan(
      1,
    );
    expect(elementText(pdf, awarded)).toBe(`Awarded by ${centreName} on 14 July 2026.`);
  });

  it('says the transcript has no components when there are none', async () => {
    const pdf = await readPdf(await renderCertificate(sampleCertificate({ components: [] })));
    expect(pdf.doc.getPageCount()).toBe(2);
    expect(pageText(pdf, 1)).toContain('This award records no component results.');
  });

  it('refuses data that would print a misleading certificate, saying why', async () => {
    await expect(renderCertificate(sampleCertificate({ issuedOn: '14/07/2026' }))).rejects.toThrow(
      CertificateDataError,
    );
    await expect(renderCertificate(sampleCertificate({ learnerName: '  ' }))).rejects.toThrow(
      'The learner name is missing.',
    );
  });
});

describe('renderCohortCertificates', () => {
  it('puts every learner in one file, in order, reporting progress', async () => {
    const names = ['Amelia Hart', 'Ben Okafor', 'Chloé Durand'];
    const progress: number[] = [];
    const pdf = await readPdf(
      await renderCohortCertificates(
        names.map((learnerName) => sampleCertificate({ learnerName })),
        (done) => progress.push(done),
      ),
    );
    expect(pdf.doc.getPageCount()).toBe(6);
    expect(progress).toEqual([1, 2, 3]);
    const sections = pdf.structure.kids[0]?.kids ?? [];
    expect(sections.map((s) => s.type)).toEqual(['Sect', 'Sect', 'Sect']);
    names.forEach((name, i) => {
      expect(pageText(pdf, i * 2)).toContain(name);
      expect(pageText(pdf, i * 2 + 1)).toContain(`Transcript: ${name}`);
    });
  });

  it('refuses an empty cohort', async () => {
    await expect(renderCohortCertificates([])).rejects.toThrow('no certificates');
  });
});
