// Parameters of create requests: one character, place or scene, a relationship, or a person related to someone.
import type { IntentParams } from '../../../../src-preload/contract/intent';
import type { Features } from './features';
import { describeUnnamed, extractEntities, type CandidateEntity } from './extract-entities';
import { isFieldLabel, uniqueNames } from './names';
import { describePerson } from './person-attributes';
import { LEXICON } from './lexicon';
import { findAnchor, relationNounCreate } from './new-person';
import { relationshipStatement } from './rules-entities';

/** Copies a person's age, occupation and gender into the request parameters. */
function personParams(params: IntentParams, attributes: CandidateEntity['attributes']): void {
  const { age, occupation, gender } = attributes;
  if (typeof age === 'number') params.age = age;
  if (typeof occupation === 'string') params.occupation = occupation;
  if (typeof gender === 'string') params.gender = gender;
}

/** The tie of a person added next to someone ("Sarah's brother"): its kind, label, and the gender it implies. */
function relationParams(params: IntentParams, relatedTo: string, relation: string): void {
  const word = LEXICON.relations.get(relation.toLowerCase());
  if (params.gender === undefined && word?.gender) params.gender = word.gender;
  if (word) params.relationKind = word.kind;
  params.attributes = { relatedTo, label: relation.toLowerCase() };
}

/**
 * A person's fields set apart by bars, slashes or spaced dashes read like a comma list: "Oskar Lind | 44 | ferry
 * pilot". Not where a place or scene is made: a slugline's dash parts the place from the time ("EXT. PIER - DAWN").
 */
function asFieldList(f: Features): string {
  const noun = f.entityNouns[0]?.type;
  if ((noun && noun !== 'character') || /\b(?:INT|EXT|I\/E)\b/.test(f.text)) return f.text;
  // "- Occupation: pilot" on its own line: the label is written small so that it reads as a word, not a name.
  const labels = f.text.replace(
    /(^|[\n|]\s*|[-*\u2022]\s+)(\p{Lu}\p{Ll}+)(?=\s*:)/gu,
    (all, lead: string, w: string) => (isFieldLabel(w) ? lead + w.toLowerCase() : all),
  );
  return labels.replace(/\s+[|/\u2013\u2014-]\s+(?=\S)/g, ', ');
}

/**
 * "Add Tamsin Reyes to the cast. She is 52, a ferry pilot.": what a request adding one person says of someone in a
 * sentence naming no one else, where the person's own clause says nothing.
 */
function fromOtherSentences(params: IntentParams, f: Features): void {
  let start = 0;
  for (const gap of [...f.text.matchAll(/(?<=[.!?])\s+|\n+/g), undefined]) {
    const end = gap ? gap.index : f.text.length;
    const sentence = f.text.slice(start, end);
    // The names were found once, over the whole message.
    const named = f.names.some((n) => n.start < end && n.end > start);
    start = gap ? gap.index + gap[0].length : end;
    if (named) continue;
    const said = describePerson(sentence);
    if (params.age === undefined && said.age !== undefined) params.age = said.age;
    if (params.occupation === undefined && said.occupation !== undefined) params.occupation = said.occupation;
  }
}

/** The people a create request adds, with what is said about them and, for one, whose relation they are. */
function characterParams(params: IntentParams, entities: readonly CandidateEntity[], f: Features): void {
  // "Add Otto, Greta's uncle, 67": Greta only says whose uncle Otto is.
  const people = entities.filter((e) => !e.anchorOf);
  params.names = uniqueNames(people.length ? people : entities);
  // "We need Sam's landlord. Add Odo, 63, a glazier": the person described is the one added, not Sam.
  const described = entities.find(
    (e) =>
      e.type === 'character' && (e.attributes.age !== undefined || e.attributes.occupation !== undefined),
  );
  personParams(params, (described ?? entities[0])?.attributes ?? {});
  if (params.names.length === 1) fromOtherSentences(params, f);
  const anchor = entities.find((e) => e.anchorOf);
  if (anchor?.anchorOf && people.length === 1) relationParams(params, anchor.name, anchor.anchorOf.relation);
}

/** create: the entity type, its name(s) and the attributes given with it. */
export function createParams(f: Features): IntentParams {
  const params: IntentParams = {};
  let extraction = extractEntities(f.text, f.context);
  if (relationshipStatement(f.template) || relationNounCreate(f.template)) {
    params.entityType = 'relationship';
    const rel = extraction.relationships[0];
    // The people the relationships join; other names (a place in the premise before them) are context.
    const joined = new Set(extraction.relationships.flatMap((r) => [r.source, r.target]));
    const people = f.names.filter((n) => joined.has(n.name));
    params.names = uniqueNames(people.length >= 2 ? people : f.names);
    if (rel) {
      params.relationKind = rel.kind;
      params.attributes = { label: rel.label };
    }
    return params;
  }
  const fields = asFieldList(f);
  if (fields !== f.text) extraction = extractEntities(fields, f.context);
  // "Add Sarah's brother John": Sarah is context; the request is about John (and the tie between them).
  const anchor = findAnchor(f.template);
  if (anchor) {
    const related = f.names[anchor.index]?.name ?? '';
    const context = related.toLowerCase();
    const people = extraction.entities.filter(
      (e) => e.type === 'character' && e.name.toLowerCase() !== context,
    );
    params.entityType = 'character';
    const names = uniqueNames(people);
    if (names.length) params.names = names;
    personParams(params, people[0]?.attributes ?? describeUnnamed(f.text));
    relationParams(params, related, anchor.relation);
    return params;
  }
  const noun = f.entityNouns[0];
  const first = extraction.entities[0];
  params.entityType =
    noun && noun.type !== 'project' && noun.type !== 'beat' ? noun.type : (first?.type ?? 'character');
  if (params.entityType === 'relationship') {
    params.names = uniqueNames(f.names);
    return params;
  }
  if (first?.type === 'character') characterParams(params, extraction.entities, f);
  else if (first) {
    if (first.type === 'location' || f.names.length === 0) params.names = [first.name];
    else params.names = uniqueNames(f.names);
    params.attributes = { ...first.attributes };
    const setting = first.attributes.location;
    if (typeof setting === 'string') params.setting = setting;
  } else if (f.names.length) params.names = uniqueNames(f.names);
  // "a character who is a 30-year-old pilot": the description stands without a name.
  if (params.entityType === 'character' && !first) personParams(params, describeUnnamed(f.text));
  return params;
}
