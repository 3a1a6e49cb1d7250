// Character bible PDF: one sheet per character — profile, personality, goals, arc, relationships, scenes, casting.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Character } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { scenesInOrder } from '../../domain/production-order';
import { PdfFlow, type FlowFonts } from './pdf-flow';
import { pdfSafe, setPdfMetadata, savePdf } from './pdf-text';

const ROLE_ORDER = ['protagonist', 'antagonist', 'supporting', 'minor'] as const;
/** Role colours of the portrait card, the same family the app uses for role chips. */
const ROLE_COLOUR: Record<string, [number, number, number]> = {
  protagonist: [0.85, 0.55, 0.15],
  antagonist: [0.7, 0.15, 0.15],
  supporting: [0.2, 0.45, 0.7],
  minor: [0.5, 0.5, 0.5],
};

const TRAITS = ['openness', 'conscientiousness', 'extraversion', 'agreeableness', 'neuroticism'] as const;

function header(flow: PdfFlow, c: Character): void {
  const [r, g, b] = ROLE_COLOUR[c.role ?? 'minor'] ?? ROLE_COLOUR['minor']!;
  const size = 72;
  const top = flow.y;
  // The portrait card: initials on the role colour, until a portrait image exists.
  flow.page.drawRectangle({
    x: flow.left + flow.width - size,
    y: top - size,
    width: size,
    height: size,
    color: rgb(r, g, b),
  });
  const initials = pdfSafe(
    c.name
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join('')
      .slice(0, 2)
      .toUpperCase(),
    flow.fonts.bold,
  );
  const w = flow.fonts.bold.widthOfTextAtSize(initials, 26);
  flow.page.drawText(initials, {
    x: flow.left + flow.width - size / 2 - w / 2,
    y: top - size / 2 - 9,
    size: 26,
    font: flow.fonts.bold,
    color: rgb(1, 1, 1),
  });
  flow.text(c.name, { font: flow.fonts.bold, size: 22 });
  const facts = [
    c.role,
    c.age !== undefined ? `${c.age} years` : undefined,
    c.gender && c.gender !== 'unspecified' ? c.gender : undefined,
    c.occupation,
  ].filter(Boolean);
  flow.text(facts.join(' · ') || 'No details yet', { gray: true });
  if (c.aliases.length > 0) flow.text(`Also called: ${c.aliases.join(', ')}`, { gray: true, size: 9 });
  flow.y = Math.min(flow.y, top - size - 4);
}

function personality(flow: PdfFlow, c: Character): void {
  flow.heading('Personality');
  if (c.traits.length > 0) flow.text(`Traits: ${c.traits.join(', ')}`);
  if (!c.personality) return;
  for (const trait of TRAITS) {
    flow.ensure(14);
    flow.space(13);
    const value = c.personality[trait];
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

function relationships(flow: PdfFlow, c: Character, file: ProjectFile, names: Map<string, string>): void {
  flow.heading('Relationships');
  const own = file.entities.relationships.filter((r) => r.sourceId === c.id || r.targetId === c.id);
  flow.bullets(
    own.map((r) => {
      const other = names.get(r.sourceId === c.id ? r.targetId : r.sourceId) ?? 'someone';
      const label = r.label ? ` (${r.label})` : '';
      return `${other} — ${r.kind}${label}; strength ${r.strength.toFixed(2)}, trust ${r.trust.toFixed(2)}`;
    }),
    'No relationships yet.',
  );
}

function casting(flow: PdfFlow, c: Character, file: ProjectFile): void {
  flow.heading('Casting');
  const talents = new Map(file.entities.talents.map((t) => [t.id, t]));
  const suggestions = file.entities.castings
    .filter((s) => s.characterId === c.id && talents.has(s.talentId))
    .sort((a, b) => b.score - a.score);
  flow.bullets(
    suggestions.map((s) => {
      const t = talents.get(s.talentId)!;
      return `${t.name} (plays ${t.ageMin}–${t.ageMax}) — fit ${Math.round(s.score * 100)}%: ${s.reasons.join('; ')}`;
    }),
    'No casting suggestions yet.',
  );
}

/** One sheet (continued on more pages only when it must) for one character. */
function characterSheet(
  pdf: PDFDocument,
  fonts: FlowFonts,
  c: Character,
  file: ProjectFile,
  names: Map<string, string>,
): void {
  const flow = new PdfFlow(pdf, fonts, c.name);
  header(flow, c);
  flow.heading('Profile');
  flow.text(c.description ?? 'No description yet.', c.description ? {} : { gray: true });
  if (c.appearance) flow.text(`Appearance: ${c.appearance}`);
  if (c.voiceNotes) flow.text(`Voice: ${c.voiceNotes}`);
  if (c.emotionalState) flow.text(`Emotional state: ${c.emotionalState}`);
  personality(flow, c);
  flow.heading('Goals');
  flow.bullets(c.goals, 'No goals yet.');
  flow.heading('Arc');
  flow.text(c.arc ?? 'No arc yet.', c.arc ? {} : { gray: true });
  relationships(flow, c, file, names);
  const scenes = scenesInOrder(file).filter(
    (s) => s.characterIds.includes(c.id) || s.elements.some((e) => e.characterId === c.id),
  );
  flow.heading(`Scenes (${scenes.length})`);
  // One compact paragraph: a lead's scene list must not push the casting off the sheet.
  if (scenes.length === 0) flow.text('In no scene yet.', { gray: true, font: flow.fonts.italic });
  else flow.text(scenes.map((s) => `${s.number}. ${s.heading}`).join('  ·  '), { size: 9 });
  const wardrobe = c.wardrobe.map((w) => {
    const scene = file.entities.scenes.find((s) => s.id === w.sceneId);
    return `${scene ? `Scene ${scene.number}: ` : ''}${w.description}`;
  });
  if (wardrobe.length > 0) {
    flow.heading('Wardrobe');
    flow.bullets(wardrobe, '');
  }
  casting(flow, c, file);
}

/** Renders the character bible: characters by role (protagonist first), then by name. */
export async function writeCharacterBiblePdf(file: ProjectFile): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: FlowFonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
  };
  const name = file.project.title ?? file.project.name;
  setPdfMetadata(pdf, `${name} — character bible`, 'Character bible', file.project.updatedAt);
  const names = new Map(file.entities.characters.map((c) => [c.id, c.name]));
  const rank = (c: Character) => ROLE_ORDER.indexOf(c.role ?? 'minor');
  const characters = [...file.entities.characters].sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name),
  );
  if (characters.length === 0) {
    const flow = new PdfFlow(pdf, fonts, name);
    flow.text(`${name} — character bible`, { font: fonts.bold, size: 18 });
    flow.text('No characters yet.', { gray: true });
  }
  for (const c of characters) characterSheet(pdf, fonts, c, file, names);
  return savePdf(pdf);
}
