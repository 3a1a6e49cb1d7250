// Entities of a stretch of prose: characters (aliases merged), named places and the relations between characters.
import { tokenize, withShoutedNames, type Token } from './tokenize';
import { docStats } from './doc-stats';
import { findNameMentions, type NameMention } from './name-mentions';
import { classifyNames } from './classify-names';
import { clusterPersons } from './person-clusters';
import { introducedAliases } from './name-introductions';
import { dialogueRoles } from './dialogue-speakers';
import { vocativeReplies } from './vocative-replies';
import { buildCharacters } from './prose-characters';
import { buildLocations } from './prose-places';
import { buildRelationships } from './prose-relations';
import { originPlace } from './origin-places';
import { appositiveGender } from './name-descriptions';
import type { ProseCharacter, ProseLocation, ProseRelationship } from './prose-types';

/** What `findProseEntities` returns; the tokens are kept so callers can cut the text into scenes. */
export interface ProseEntities {
  tokens: Token[];
  characters: ProseCharacter[];
  locations: ProseLocation[];
  relationships: ProseRelationship[];
}

/**
 * Finds the characters, places and relationships of prose (a novel chapter, a manuscript, an action block).
 * Linear-time: one tokenizer pass plus passes over tokens and name mentions; no NLP parse.
 */
export function findProseEntities(text: string): ProseEntities {
  const tokens = withShoutedNames(tokenize(text));
  const stats = docStats(tokens);
  const mentions = findNameMentions(text, tokens, stats);
  const verdicts = classifyNames(tokens, mentions, stats);
  const persons: NameMention[] = [];
  const places: NameMention[] = [];
  for (const m of mentions) {
    const v = verdicts.get(m.key);
    // "the Jarndyces": a plural of another name refers to a family, not a character.
    if (v === 'person' && !(m.key.endsWith('s') && verdicts.get(m.key.slice(0, -1)) === 'person')) {
      persons.push(m);
      const origin = originPlace(tokens, m);
      if (origin && verdicts.get(origin.key) !== 'person') places.push(origin);
    } else if (v === 'place') places.push(m);
  }
  const roles = dialogueRoles(tokens, persons);
  const stated = new Map<NameMention, 'female' | 'male'>();
  for (const m of persons) {
    const g = appositiveGender(tokens, m);
    if (g) stated.set(m, g);
  }
  const links = [...introducedAliases(tokens, persons), ...vocativeReplies(roles.runs, roles.addressed)];
  const clusters = clusterPersons(persons, links, roles.addressed, stated);
  const characters = buildCharacters(clusters, roles.lines);
  const locations = buildLocations(places);
  const relationships = buildRelationships(tokens, characters);
  return { tokens, characters, locations, relationships };
}
