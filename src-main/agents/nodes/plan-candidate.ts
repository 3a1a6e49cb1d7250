// Plans one extracted entity: create it, update its existing twin, or ask when the twin conflicts.
import type { ChatMessage } from '../../../src-preload/contract/chat';
import type { Choice, EntityRef } from '../../../src-preload/contract/dto';
import type { CandidateEntity } from '../../brains/offline/understand/extract-entities';
import { characterFields, describeFields, locationFields } from '../../domain/entity-drafts';
import { findCharacter, findLocation } from '../../domain/find-by-name';
import type { ChangeBuilder } from '../../store/change-builder';
import { refOf, refOfOp } from './node-helpers';

export type CandidatePlan =
  | { kind: 'created'; ref: EntityRef; fields: Record<string, unknown> }
  | { kind: 'updated'; ref: EntityRef; fields: Record<string, unknown> }
  | { kind: 'unchanged'; ref: EntityRef; fields: Record<string, unknown> }
  | { kind: 'ask'; question: string; followUp: NonNullable<ChatMessage['followUp']>; choices: Choice[] };

/** Fields of `fields` whose value differs from what `existing` already holds. */
function conflicts(existing: Record<string, unknown>, fields: Record<string, unknown>): string[] {
  return Object.keys(fields).filter(
    (k) => existing[k] !== undefined && JSON.stringify(existing[k]) !== JSON.stringify(fields[k]),
  );
}

function newInformation(
  existing: Record<string, unknown>,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => JSON.stringify(existing[k]) !== JSON.stringify(v)),
  );
}

/** Plans one character or location (scenes are planned by plan-scene, which links their place and cast). */
export function planCandidate(
  builder: ChangeBuilder,
  candidate: CandidateEntity & { type: 'character' | 'location' },
): CandidatePlan {
  const isCharacter = candidate.type === 'character';
  const fields = isCharacter ? characterFields(candidate.attributes) : locationFields(candidate.attributes);
  const existing = isCharacter
    ? findCharacter(builder.work, candidate.name)
    : findLocation(builder.work, candidate.name);
  if (!existing) {
    const op = builder.create(
      candidate.type,
      { name: candidate.name, ...fields },
      { confidence: candidate.confidence },
    );
    return { kind: 'created', ref: refOfOp(op), fields };
  }
  const ref = refOf(candidate.type, existing);
  const record = existing as unknown as Record<string, unknown>;
  const clashing = conflicts(record, fields);
  if (clashing.length > 0) {
    const was = describeFields(Object.fromEntries(clashing.map((k) => [k, record[k]])));
    const now = describeFields(Object.fromEntries(clashing.map((k) => [k, fields[k]])));
    return {
      kind: 'ask',
      question: `There is already a ${candidate.type} named ${ref.name} (${was}). Should I update ${ref.name} to ${now}, or create a separate ${candidate.type}?`,
      followUp: {
        kind: 'duplicate',
        entityType: candidate.type,
        existingId: existing.id,
        draft: { name: candidate.name, ...fields },
      },
      choices: [
        { label: `Update ${ref.name}`, command: `update ${ref.name}` },
        { label: `Create a separate ${candidate.type}`, command: 'create a separate one' },
      ],
    };
  }
  const fresh = newInformation(record, fields);
  if (Object.keys(fresh).length === 0) return { kind: 'unchanged', ref, fields };
  builder.update(candidate.type, existing.id, fresh);
  return { kind: 'updated', ref, fields: fresh };
}
