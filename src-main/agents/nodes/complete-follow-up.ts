// Node `follow_up`: the user's answer completes the entity the previous question was about.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { EntityType } from '../../../src-preload/contract/entities';
import { refMarker } from '../../domain/entity-refs';
import { describeFields } from '../../domain/entity-drafts';
import { ChangeBuilder } from '../../store/change-builder';
import { AppFailure } from '../../shared/failure';
import type { MetaField } from '../../domain/project-meta-fields';
import { patchFromAnswer, ROLE_CHOICES } from './follow-up-fields';
import { writeMeta } from './set-project-meta';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';
import { pendingFollowUp } from './understand';
import { chatLabel, commitBuilder, refOfOp } from './node-helpers';

const YES = /\b(?:yes|yeah|yep|sure|ok|okay|update|merge|same|overwrite)\b/i;
const SEPARATE = /\b(?:separate|new one|another|second|different|no\b)/i;

/** Answers that decline to name: asking again beats creating a character called "No Idea". */
const NOT_A_NAME = /^(?:no idea|i\s+don'?t\s+know|not sure|dunno|skip|cancel|never\s*mind|nothing|none)\b/i;

/** The name in an answer like "Maya", "call her Maya", "her name is Maya Ortiz", "she's called Maya", "it's the Blue Oyster". */
export function nameFromAnswer(text: string): string | null {
  const cleaned = text
    .trim()
    .replace(
      /^(?:(?:let'?s\s+)?call\s+(?:her|him|them|it)|(?:her|his|their|its)\s+name\s+is|name\s+(?:her|him|them|it)|(?:(?:it|she|he)(?:'?s|\s+is)|they(?:'?re|\s+are))(?:\s+(?:called|named))?|called|named|name:?)\s+/i,
      '',
    )
    // "Maya, a pilot": a name ends at the first comma.
    .replace(/\s*,.*$/s, '')
    .replace(/[.!?"“”]+$/g, '')
    .replace(/^["“]/, '')
    .trim();
  if (!cleaned || NOT_A_NAME.test(cleaned) || cleaned.split(/\s+/).length > 6) return null;
  return cleaned.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

export async function completeFollowUp(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const pending = pendingFollowUp(state.history)!;
  const type = pending.entityType as EntityType;
  const builder = new ChangeBuilder(deps.session.file, {
    via: 'chat',
    provenance: { messageId: state.messageId },
  });

  if (pending.kind === 'duplicate') {
    const draft = pending.draft;
    if (YES.test(state.text) && !SEPARATE.test(state.text) && pending.existingId) {
      const { name: _name, ...fields } = draft;
      const op = builder.update(type, pending.existingId, fields);
      await commitBuilder(deps, builder, chatLabel(state.text));
      const ref = refOfOp(op);
      return {
        outcome: {
          replyParts: [`Updated ${refMarker(ref)} (${describeFields(fields)}).`],
          created: [],
          updated: [ref],
          deleted: [],
          choices: [],
          notices: [],
        },
      };
    }
    const op = builder.create(type, draft);
    await commitBuilder(deps, builder, chatLabel(state.text));
    const ref = refOfOp(op);
    return {
      outcome: {
        replyParts: [
          `Created a separate ${type} ${refMarker(ref)}. You may want to give one of them a distinguishing alias.`,
        ],
        created: [ref],
        updated: [],
        deleted: [],
        choices: [],
        notices: [],
      },
    };
  }

  if (pending.entityType === 'project' && pending.field) {
    const field = pending.field as MetaField;
    return {
      outcome: {
        replyParts: [await writeMeta(deps, field, state.text.trim().replace(/^["“]|["”]$/g, ''), state.text)],
      },
    };
  }
  if (pending.existingId && pending.field) {
    try {
      const patch = patchFromAnswer(builder, pending.field, state.text);
      const op = builder.update(type, pending.existingId, patch);
      await commitBuilder(deps, builder, chatLabel(state.text));
      const ref = refOfOp(op);
      const created = builder.ops.filter((o) => o.before === null).map(refOfOp);
      return {
        outcome: {
          replyParts: [`Updated ${refMarker(ref)}.`],
          created,
          updated: [ref],
          deleted: [],
          choices: [],
          notices: [],
        },
      };
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
      return {
        outcome: {
          replyParts: [error.message],
          choices: pending.field === 'role' ? ROLE_CHOICES : [],
          followUp: pending,
        },
      };
    }
  }

  const name = nameFromAnswer(state.text);
  if (!name) {
    return {
      outcome: {
        replyParts: [`I still need a name for the ${type} — just type it (for example “Maya Ortiz”).`],
        followUp: pending,
      },
    };
  }
  const op = builder.create(type, { ...pending.draft, name });
  await commitBuilder(deps, builder, chatLabel(`create ${type} ${name}`));
  const ref = refOfOp(op);
  const details = describeFields(pending.draft);
  return {
    outcome: {
      replyParts: [`Created ${type} ${refMarker(ref)}${details ? ` (${details})` : ''}.`],
      created: [ref],
      updated: [],
      deleted: [],
      choices: [],
      notices: [],
    },
  };
}
