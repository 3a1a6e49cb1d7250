// One line that says what was understood from an idea: "Rosa (retired safecracker, protagonist), Inês (…) · Lisbon · heist".
import type { IdeaBrief } from '../../../../src-preload/contract/idea-brief';

/** The brief as one readable line for chat replies and the run timeline. */
export function briefSummary(brief: IdeaBrief): string {
  const people = brief.people.map((p) => {
    const rel = brief.relations.find((r) => r.b === p.name && /^(his|her|their|its|whose)\s/i.test(r.words));
    const cues = [
      p.occupation,
      p.age !== undefined ? `${p.age}` : undefined,
      p.role === 'protagonist' || p.role === 'antagonist' ? p.role : undefined,
      rel ? `${rel.words.replace(/^(a|an|the)\s+/i, '')} of ${rel.a}` : undefined,
    ].filter(Boolean);
    return cues.length ? `${p.name} (${cues.join(', ')})` : p.name;
  });
  const parts = [
    people.join(', '),
    brief.places.map((p) => p.name).join(', '),
    brief.period,
    brief.genre,
    brief.tone,
    ...brief.relations
      .filter((r) => !/^(his|her|their|its|whose)\s/i.test(r.words))
      .map((r) => `${r.a}–${r.b}: ${r.kind}`),
  ].filter((s): s is string => Boolean(s));
  return parts.join(' · ');
}
