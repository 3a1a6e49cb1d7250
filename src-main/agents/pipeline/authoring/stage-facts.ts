// What every authoring prompt carries: the user's idea, the idea brief and the project's facts so far (fixed marked).
import type { IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import type { ProjectFile } from '../../../../src-preload/contract/project';
import type { PipelineDeps } from '../pipeline-deps';

/** Entity kinds a stage writes: the ones of that kind shown as facts are only those the stage must keep. */
export type AuthoredLevel = 'characters' | 'locations' | 'relationships' | 'beats' | 'scenes' | 'none';

/** Caps keep a large project's prompt within a small model's context. */
const MAX_ITEMS = 60;
const MAX_TEXT = 300;

interface Fixable {
  userEdited?: boolean;
  createdVia: string;
}

/** A person's own entity (made or edited by hand): agents never change it, so the model must build on it. */
const isFixed = (e: Fixable): boolean => e.userEdited === true || e.createdVia !== 'agent';
const cut = (text: string | undefined): string | undefined =>
  text ? (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text) : undefined;
const fixedMark = (e: Fixable) => (isFixed(e) ? { fixed: true } : {});

/** The project's brief, or the minimal one the idea alone gives. */
export function briefOf(deps: PipelineDeps): IdeaBrief | { idea: string } {
  return deps.session.file.project.brief ?? { idea: deps.record.params.idea };
}

/** The facts a stage builds on, as plain JSON-ready objects; entities of the stage's own level only when fixed. */
export function projectFacts(file: ProjectFile, level: AuthoredLevel): Record<string, unknown> {
  const e = file.entities;
  const keep = <T extends Fixable>(items: readonly T[], own: AuthoredLevel) =>
    (level === own ? items.filter(isFixed) : items).slice(0, MAX_ITEMS);
  const nameOf = new Map(e.characters.map((c) => [c.id, c.name]));
  const placeOf = new Map(e.locations.map((l) => [l.id, l.name]));
  const p = file.project;
  return {
    story: { title: p.title, logline: p.logline, genre: p.genre, tone: p.tone, theme: p.theme },
    characters: keep(e.characters, 'characters').map((c) => ({
      name: c.name,
      role: c.role,
      occupation: c.occupation,
      age: c.age,
      gender: c.gender,
      description: cut(c.description),
      ...fixedMark(c),
    })),
    relationships: keep(e.relationships, 'relationships').map((r) => ({
      a: nameOf.get(r.sourceId),
      b: nameOf.get(r.targetId),
      kind: r.kind,
      label: r.label,
      ...fixedMark(r),
    })),
    places: keep(e.locations, 'locations').map((l) => ({
      name: l.name,
      setting: l.setting,
      description: cut(l.description),
      ...fixedMark(l),
    })),
    beats: keep(e.beats, 'beats')
      .sort((a, b) => a.order - b.order)
      .map((b) => ({ act: b.act, name: b.name, summary: cut(b.summary), ...fixedMark(b) })),
    scenes: keep(e.scenes, 'scenes')
      .sort((a, b) => a.number - b.number)
      .map((s) => ({
        number: s.number,
        heading: s.heading,
        place: s.locationId ? placeOf.get(s.locationId) : undefined,
        cast: s.characterIds.map((id) => nameOf.get(id)).filter(Boolean),
        summary: cut(s.summary),
        ...fixedMark(s),
      })),
  };
}

/** The slots every prompt template has: idea, brief, facts, kind and target running time. */
export function commonSlots(deps: PipelineDeps, level: AuthoredLevel): Record<string, string> {
  const params = deps.record.params;
  return {
    idea: params.idea,
    brief: JSON.stringify(briefOf(deps)),
    facts: JSON.stringify(projectFacts(deps.session.file, level)),
    kind: params.kind,
    notes:
      [
        params.genre ? `genre: ${params.genre}` : '',
        params.mood ? `mood: ${params.mood}` : '',
        params.style ? `style: ${params.style}` : '',
        params.setting ? `setting: ${params.setting}` : '',
      ]
        .filter(Boolean)
        .join('; ') || 'none',
  };
}
