// Node `create`: extract entities from the message, dedupe against the project, persist as one undoable change.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { EntityRef } from '../../../src-preload/contract/dto';
import type { AttributeValue } from '../../../src-preload/contract/intent';
import type { CandidateRelationship } from '../../brains/offline/understand/relationships';
import { buildParseContext } from '../../chat/chat-context';
import { describeSingleCharacter } from '../../domain/character-description';
import { characterFields, describeFields, locationFields } from '../../domain/entity-drafts';
import { joinNames, refMarker } from '../../domain/entity-refs';
import { AppFailure } from '../../shared/failure';
import { ChangeBuilder } from '../../store/change-builder';
import { depsOf } from '../deps';
import type { TurnOutcome, TurnStateUpdate, TurnStateValue } from '../state';
import { planCandidate, type CandidatePlan } from './plan-candidate';
import { chatLabel, commitBuilder, stageEvent } from './node-helpers';
import { planRelationships } from './plan-relationships';
import { planScene, type ScenePlan } from './plan-scene';

/** Attributes the message gives at the top level (used when extraction finds no named entity). */
function paramAttributes(params: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {
    ...((params.attributes as Record<string, AttributeValue>) ?? {}),
  };
  for (const key of ['age', 'occupation', 'gender'] as const)
    if (params[key] !== undefined) out[key] = params[key] as AttributeValue;
  return out;
}

export async function createEntities(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  stageEvent(deps, 'create', 'started');
  const params = state.parsed?.params ?? {};
  const context = buildParseContext(deps.session.file, state.history);
  const notices: string[] = [];
  const extraction = await deps.brain.extract(state.text, context, {
    ...(deps.signal ? { signal: deps.signal } : {}),
    onNotice: (n) => notices.push(n.message),
  });
  const entityType = params.entityType ?? 'character';
  const builder = new ChangeBuilder(deps.session.file, {
    via: 'chat',
    provenance: { messageId: state.messageId },
  });
  const outcome: Partial<TurnOutcome> = { replyParts: [], created: [], updated: [], choices: [], notices };

  // "create a relationship between Sarah and Tom": the names are references, not new people.
  let candidates = entityType === 'relationship' ? [] : extraction.entities;
  if (
    entityType === 'relationship' &&
    extraction.relationships.length === 0 &&
    (params.names?.length ?? 0) >= 2
  ) {
    extraction.relationships.push({
      source: params.names![0]!,
      target: params.names![1]!,
      kind: params.relationKind ?? 'other',
      label: params.relationKind ?? '',
    });
  }
  if (
    candidates.length === 0 &&
    params.names?.length &&
    (entityType === 'character' || entityType === 'location')
  ) {
    candidates = params.names.map((name) => ({
      type: entityType,
      name,
      attributes: paramAttributes(params),
      confidence: 0.7,
      span: { start: 0, end: 0 },
    }));
  }
  if (candidates.length === 0 && entityType !== 'relationship') {
    // Nothing named: keep what we know and ask for the one missing field.
    const draft =
      entityType === 'location'
        ? locationFields(paramAttributes(params))
        : characterFields(paramAttributes(params));
    const what = describeFields(draft);
    const noun = entityType === 'location' ? 'location' : 'character';
    outcome.replyParts!.push(`What should the new ${noun}${what ? ` (${what})` : ''} be called?`);
    outcome.followUp = { kind: 'missing_field', entityType: noun, field: 'name', draft };
    stageEvent(deps, 'create', 'finished');
    return { outcome };
  }

  const plans: CandidatePlan[] = [];
  // People named only to say whose relative the newcomer is: one already in the project is no news.
  const anchorPlans = new Set<CandidatePlan>();
  // A person named only as the other end of their tie ("Ruud, Inge's uncle") is not a second person described.
  const described = candidates.filter((c) => !c.anchorOf);
  const scenes: ScenePlan[] = [];
  // People a scene introduces exist before the scene names them as its cast.
  const ordered = [...candidates].sort((a, b) => Number(a.type === 'scene') - Number(b.type === 'scene'));
  for (const candidate of ordered) {
    try {
      if (candidate.type === 'scene') {
        scenes.push(planScene(builder, candidate));
        continue;
      }
      // A message about one person may also say who they are in the story and what they are like.
      const single = described.length === 1 && described[0] === candidate && candidate.type === 'character';
      const person = {
        ...candidate,
        type: candidate.type === 'location' ? ('location' as const) : ('character' as const),
      };
      const enriched = single
        ? {
            ...person,
            attributes: {
              ...candidate.attributes,
              ...describeSingleCharacter(state.text, candidate.name, candidate.attributes),
            },
          }
        : person;
      if (enriched.attributes.occupation === '') delete enriched.attributes.occupation;
      const plan = planCandidate(builder, enriched);
      plans.push(plan);
      if (candidate.anchorOf) anchorPlans.add(plan);
    } catch (error) {
      const reason = error instanceof AppFailure ? error.message : String(error);
      outcome.replyParts!.push(`I could not add “${candidate.name}”: ${reason}`);
    }
  }
  // "create a relationship between Sarah and John" (the workflow's own remedy) names a pair but states no kind.
  const pairOnly: CandidateRelationship[] =
    entityType === 'relationship' && extraction.relationships.length === 0 && (params.names?.length ?? 0) >= 2
      ? [
          {
            source: params.names![0]!,
            target: params.names![1]!,
            kind: params.relationKind ?? 'other',
            label: typeof params.attributes?.label === 'string' ? params.attributes.label : '',
          },
        ]
      : [];
  // Links are reported after the entities they join ("Created Sarah… Created John… Linked Sarah and John").
  const links: Partial<TurnOutcome> = { replyParts: [], updated: [] };
  const relationshipRefs: EntityRef[] = planRelationships(
    builder,
    [...extraction.relationships, ...pairOnly],
    links,
    state.text,
  );

  for (const plan of plans) {
    if (plan.kind === 'created') {
      outcome.created!.push(plan.ref);
      const details = describeFields(plan.fields);
      outcome.replyParts!.push(
        `Created ${plan.ref.type} ${refMarker(plan.ref)}${details ? ` (${details})` : ''}.`,
      );
    } else if (plan.kind === 'updated') {
      outcome.updated!.push(plan.ref);
      outcome.replyParts!.push(
        `${refMarker(plan.ref)} is already in the project, so I updated it (${describeFields(plan.fields)}) instead of making a twin.`,
      );
    } else if (plan.kind === 'unchanged') {
      // Naming existing people to link them is not an attempt to re-create them.
      if (entityType === 'relationship' || anchorPlans.has(plan)) continue;
      outcome.replyParts!.push(`${refMarker(plan.ref)} is already in the project — nothing new to add.`);
    } else {
      outcome.replyParts!.push(plan.question);
      outcome.followUp = plan.followUp;
      outcome.choices!.push(...plan.choices);
    }
  }
  for (const plan of scenes) {
    outcome.created!.push(...(plan.createdLocation ? [plan.createdLocation] : []), plan.ref);
    outcome.replyParts!.push(...plan.sentences);
  }
  outcome.replyParts!.push(...links.replyParts!);
  outcome.updated!.push(...(links.updated ?? []));
  // Only a link request between people who are already linked says nothing above.
  if (outcome.replyParts!.length === 0)
    outcome.replyParts!.push(`${joinNames(params.names ?? [])} are already linked — nothing new to add.`);
  outcome.created!.push(...relationshipRefs);
  await commitBuilder(deps, builder, chatLabel(state.text));
  stageEvent(deps, 'create', 'finished');
  return { outcome };
}
