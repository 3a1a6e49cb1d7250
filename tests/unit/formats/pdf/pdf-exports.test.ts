// Screenplay, storyboard and character bible PDFs of a generated project open in poppler and are not blank.
import { afterAll, describe, expect, it } from 'vitest';
import { writeCharacterBiblePdf } from '../../../../src-main/formats/pdf/character-bible-pdf';
import { writeScreenplayPdf } from '../../../../src-main/formats/pdf/screenplay-pdf';
import { writeStoryboardPdf } from '../../../../src-main/formats/pdf/storyboard-pdf';
import { screenplayFromProject } from '../../../../src-main/formats/screenplay/from-project';
import { generatedProject } from '../../../fixtures/export-fixtures';
import { inkRatio, pdfFile, pdfInfo, pdfPages } from '../../../fixtures/poppler';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('PDF exports of a generated short film', () => {
  it('screenplay PDF: opens, page 1 has ink, one page per minute of screen time (±15%)', async () => {
    const file = await generatedProject('short-film', 4);
    const pdf = pdfFile(await writeScreenplayPdf(screenplayFromProject(file), file.project.updatedAt));
    const info = pdfInfo(pdf);
    expect(info.get('Page size')).toMatch(/^612 x 792/);
    expect(info.get('Title')).toBe(file.project.title ?? file.project.name);
    expect(inkRatio(pdf, 1)).toBeGreaterThan(0.001);
    expect(inkRatio(pdf, 2)).toBeGreaterThan(0.01);
    const minutes = file.entities.scenes.reduce((sum, s) => sum + (s.durationSec ?? 0), 0) / 60;
    // The title page is not counted, as in every screenplay.
    const scriptPages = pdfPages(pdf) - 1;
    expect(Math.abs(scriptPages - minutes) / minutes).toBeLessThanOrEqual(0.15);
  });

  it('storyboard PDF: opens, six panels a page, page 1 has frames and text', async () => {
    const file = await generatedProject('short-film', 4);
    const pdf = pdfFile(await writeStoryboardPdf(file));
    expect(pdfPages(pdf)).toBe(Math.ceil(file.entities.shots.length / 6));
    expect(inkRatio(pdf, 1)).toBeGreaterThan(0.01);
    const four = pdfFile(await writeStoryboardPdf(file, { panelsPerPage: 4 }));
    expect(pdfPages(four)).toBe(Math.ceil(file.entities.shots.length / 4));
  });

  it('character bible PDF: opens, a sheet per character', async () => {
    const file = await generatedProject('short-film', 4);
    const pdf = pdfFile(await writeCharacterBiblePdf(file));
    expect(pdfPages(pdf)).toBe(file.entities.characters.length);
    expect(inkRatio(pdf, 1)).toBeGreaterThan(0.005);
  });
});
