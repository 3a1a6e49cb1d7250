// A new cast's aliases, less those that would name two people ("Okafor" of two Okafor siblings).
import type { CharacterDraft } from '../../brains/offline/generate/types';

/**
 * The drafts with every alias that another character of the cast also answers to taken out: a surname two siblings
 * share, or a first name someone else has, would send a later "Okafor" to either of them. The user's own characters
 * (`kept`) are never changed; they only count as answering to their names.
 */
export function withoutSharedAliases(
  drafts: readonly CharacterDraft[],
  kept: readonly CharacterDraft[] = [],
): CharacterDraft[] {
  const cast = [...kept, ...drafts];
  const answersTo = (c: CharacterDraft): Set<string> =>
    new Set(
      [c.name, ...c.name.split(/\s+/), ...c.aliases].map((n) => n.trim().toLowerCase()).filter(Boolean),
    );
  const names = new Map(cast.map((c) => [c, answersTo(c)]));
  const shared = (owner: CharacterDraft, alias: string): boolean =>
    cast.some((c) => c !== owner && names.get(c)!.has(alias.trim().toLowerCase()));
  return drafts.map((d) => {
    const aliases = d.aliases.filter((a) => !shared(d, a));
    return aliases.length === d.aliases.length ? d : { ...d, aliases };
  });
}
