// Character bible PDF: one sheet per character — portrait card, profile, personality, goals, arc, relationships, scenes, wardrobe, casting.
import { PDFDocument, StandardFonts, rgb, type PDFImage } from 'pdf-lib';
import type { Character } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import type { CharacterSheetBody as CharacterSheet } from '../../../src-preload/contract/production';
import { characterSheetOf } from '../../domain/character-sheet';
import { CARD_H, CARD_W, portraitShapes } from '../../domain/portrait-card';
import { PdfFlow, type FlowFonts } from './pdf-flow';
import { drawPortrait } from './pdf-portrait';
import { setPdfMetadata, savePdf } from './pdf-text';

const ROLE_ORDER = ['protagonist', 'antagonist', 'supporting', 'minor'] as const;
const CARD_WIDTH_PT = 68;

/** A generated portrait's bytes (from the project's assets/), by character id. */
export type PortraitImages = ReadonlyMap<string, { mime: string; bytes: Uint8Array }>;

/** Embeds a generated portrait pdf-lib can draw (PNG, JPEG); anything else, or a damaged file, keeps the card. */
async function embedPortrait(
  pdf: PDFDocument,
  image: { mime: string; bytes: Uint8Array } | undefined,
): Promise<PDFImage | undefined> {
  try {
    if (image?.mime === 'image/png') return await pdf.embedPng(image.bytes);
    if (image?.mime === 'image/jpeg') return await pdf.embedJpg(image.bytes);
  } catch {
    /* an image pdf-lib cannot read: the drawn card stands in */
  }
  return undefined;
}

function header(flow: PdfFlow, c: Character, sheet: CharacterSheet, image: PDFImage | undefined): void {
  const top = flow.y;
  const height = (CARD_WIDTH_PT * CARD_H) / CARD_W;
  const box = { x: flow.left + flow.width - CARD_WIDTH_PT, y: top - height, width: CARD_WIDTH_PT, height };
  if (image) {
    // Fitted into the card's box, centred, keeping the image's proportions.
    const { width, height: h } = image.scaleToFit(box.width, box.height);
    flow.page.drawImage(image, {
      x: box.x + (box.width - width) / 2,
      y: box.y + (box.height - h) / 2,
      width,
      height: h,
    });
  } else drawPortrait(flow.page, box, portraitShapes(c), flow.fonts);
  flow.text(sheet.name, { font: flow.fonts.bold, size: 22 });
  const facts = sheet.profile.filter((p) => ['Role', 'Age', 'Gender', 'Occupation'].includes(p.label));
  flow.text(
    facts.map((p) => (p.label === 'Age' ? `${p.value} years` : p.value)).join(' · ') || 'No details yet',
    {
      gray: true,
    },
  );
  const aliases = sheet.profile.find((p) => p.label === 'Also called');
  if (aliases) flow.text(`Also called: ${aliases.value}`, { gray: true, size: 9 });
  flow.y = Math.min(flow.y, top - height - 4);
}

function profile(flow: PdfFlow, sheet: CharacterSheet): void {
  flow.heading('Profile');
  const description = sheet.profile.find((p) => p.label === 'Description');
  flow.text(description?.value ?? 'No description yet.', description ? {} : { gray: true });
  for (const p of sheet.profile)
    if (['Appearance', 'Voice', 'Emotional state'].includes(p.label)) flow.text(`${p.label}: ${p.value}`);
}

function personality(flow: PdfFlow, sheet: CharacterSheet): void {
  flow.heading('Personality');
  if (sheet.traits.length > 0) flow.text(`Traits: ${sheet.traits.join(', ')}`);
  for (const { trait, value } of sheet.personality) {
    flow.ensure(14);
    flow.space(13);
    flow.page.drawText(trait, { x: flow.left + 8, y: flow.y + 2, size: 9, font: flow.fonts.regular });
    const bar = { x: flow.left + 130, y: flow.y + 1, width: 200, height: 7 };
    flow.page.drawRectangle({ ...bar, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
    flow.page.drawRectangle({ ...bar, width: bar.width * value, color: rgb(0.3, 0.3, 0.3) });
    flow.page.drawText(value.toFixed(2), {
      x: bar.x + bar.width + 8,
      y: flow.y + 2,
      size: 9,
      font: flow.fonts.regular,
    });
  }
}

function story(flow: PdfFlow, sheet: CharacterSheet): void {
  flow.heading('Goals');
  flow.bullets(sheet.goals, 'No goals yet.');
  flow.heading('Arc');
  flow.text(sheet.arc ?? 'No arc yet.', sheet.arc ? {} : { gray: true });
  flow.heading('Relationships');
  flow.bullets(
    sheet.relationships.map(
      (r) =>
        `${r.name} — ${r.kind}${r.label ? ` (${r.label})` : ''}; strength ${r.strength.toFixed(2)}, trust ${r.trust.toFixed(2)}`,
    ),
    'No relationships yet.',
  );
  flow.heading(`Scenes (${sheet.scenes.length})`);
  // One compact paragraph: a lead's scene list must not push the casting off the sheet.
  if (sheet.scenes.length === 0) flow.text('In no scene yet.', { gray: true, font: flow.fonts.italic });
  else flow.text(sheet.scenes.map((s) => `${s.number}. ${s.heading}`).join('  ·  '), { size: 9 });
}

function production(flow: PdfFlow, sheet: CharacterSheet): void {
  if (sheet.wardrobe.length > 0) {
    flow.heading('Wardrobe');
    flow.bullets(
      sheet.wardrobe.map((w) => `${w.scene}: ${w.description}`),
      '',
    );
  }
  flow.heading('Casting');
  flow.bullets(
    sheet.casting.map(
      (s) =>
        `${s.chosen ? 'CAST: ' : s.shortlisted ? 'Shortlisted: ' : ''}${s.talent} — fit ${Math.round(s.score * 100)}%`,
    ),
    'No casting suggestions yet.',
  );
}

/** One sheet (continued on more pages only when it must) for one character. */
function characterPage(
  pdf: PDFDocument,
  fonts: FlowFonts,
  c: Character,
  file: ProjectFile,
  image: PDFImage | undefined,
): void {
  const sheet = characterSheetOf(file, c);
  const flow = new PdfFlow(pdf, fonts, c.name);
  header(flow, c, sheet, image);
  profile(flow, sheet);
  personality(flow, sheet);
  story(flow, sheet);
  production(flow, sheet);
}

/**
 * Renders the character bible: characters by role (protagonist first), then by name. A character with a generated
 * portrait in `portraits` shows that image; the others (and any image pdf-lib cannot embed) show the drawn card.
 */
export async function writeCharacterBiblePdf(
  file: ProjectFile,
  portraits: PortraitImages = new Map(),
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: FlowFonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
  };
  const name = file.project.title ?? file.project.name;
  setPdfMetadata(pdf, `${name} — character bible`, 'Character bible', file.project.updatedAt);
  const rank = (c: Character) => ROLE_ORDER.indexOf(c.role ?? 'minor');
  const characters = [...file.entities.characters].sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name),
  );
  if (characters.length === 0) {
    const flow = new PdfFlow(pdf, fonts, name);
    flow.text(`${name} — character bible`, { font: fonts.bold, size: 18 });
    flow.text('No characters yet.', { gray: true });
  }
  for (const c of characters)
    characterPage(pdf, fonts, c, file, await embedPortrait(pdf, portraits.get(c.id)));
  return savePdf(pdf);
}
