// Node `modify`: change, rename or delete the entity the message is about (names, aliases and pronouns resolved).
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { EntityRef } from '../../../src-preload/contract/dto';
import type { AttributeValue } from '../../../src-preload/contract/intent';
import { recentEntities } from '../../chat/chat-context';
import { characterFields, describeFields, locationFields } from '../../domain/entity-drafts';
import { refMarker } from '../../domain/entity-refs';
import { findNamedEntity } from '../../domain/find-by-name';
import { AppFailure } from '../../shared/failure';
import { ChangeBuilder } from '../../store/change-builder';
import { depsOf } from '../deps';
import type { TurnOutcome, TurnStateUpdate, TurnStateValue } from '../state';
import { roleIn, ROLE_CHOICES } from './follow-up-fields';
import { chatLabel, commitBuilder, refOf } from './node-helpers';

const reply = (text: string, extra: Partial<TurnOutcome> = {}): TurnStateUpdate => ({
  outcome: { replyParts: [text], ...extra },
});

export async function modifyEntity(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  const params = state.parsed?.params ?? {};
  const builder = new ChangeBuilder(file, { via: 'chat', provenance: { messageId: state.messageId } });

  // Scenes are addressed by number ("delete scene 4").
  if (params.entityType === 'scene' && params.number !== undefined) {
    const scene = file.entities.scenes.find((s) => s.number === params.number);
    if (!scene) return reply(`There is no scene ${params.number} in this project.`);
    const ref = refOf('scene', scene);
    if (params.operation === 'delete') {
      builder.delete('scene', scene.id);
      await commitBuilder(deps, builder, chatLabel(state.text));
      return reply(
        `Deleted scene ${scene.number} (${scene.heading}) and its shots. Say “undo” to bring it back.`,
        { deleted: [ref] },
      );
    }
    const field = /\blocation|where\b/i.test(state.text)
      ? 'locationId'
      : /\bcharacters?|cast|who\b/i.test(state.text)
        ? 'characterIds'
        : 'summary';
    const question =
      field === 'locationId'
        ? `Where does scene ${scene.number} take place?`
        : field === 'characterIds'
          ? `Who is in scene ${scene.number}? Name the characters, separated by commas.`
          : `What happens in scene ${scene.number}?`;
    return reply(question, {
      followUp: { kind: 'missing_field', entityType: 'scene', existingId: scene.id, field, draft: {} },
    });
  }

  const name = params.names?.[0];
  const target = name ? findNamedEntity(file, name) : undefined;
  const fallback = !name ? recentEntities(file, state.history)[0] : undefined;
  const resolved = target ?? (fallback ? findNamedEntity(file, fallback.name) : undefined);
  if (!resolved) {
    const who = name ?? 'that';
    return reply(`I couldn't find “${who}” in this project.`, {
      choices: name ? [{ label: `Create ${name}`, command: `create a character named ${name}` }] : [],
    });
  }
  const { type, entity } = resolved;
  const ref = refOf(type, entity);

  try {
    if (params.operation === 'delete') {
      builder.delete(type, entity.id);
      await commitBuilder(deps, builder, chatLabel(state.text));
      return reply(
        `Deleted ${type} ${ref.name}${type === 'character' ? ' and their relationships' : ''}. Say “undo” to bring it back.`,
        { deleted: [ref] },
      );
    }
    const attributes: Record<string, AttributeValue> = { ...(params.attributes ?? {}) };
    for (const key of ['age', 'occupation', 'gender'] as const)
      if (params[key] !== undefined) attributes[key] = params[key] as AttributeValue;
    const newName =
      params.operation === 'rename'
        ? typeof attributes.name === 'string'
          ? attributes.name
          : params.names?.[1]
        : undefined;
    const fields = type === 'character' ? characterFields(attributes) : locationFields(attributes);
    if (newName) fields.name = newName;
    if (Object.keys(fields).length === 0) {
      const role = roleIn(state.text);
      // "describe John as a corrupt cop": the description is in the message, no need to ask for it.
      const description = /\bdescri\w*\b.*?\bas\s+(.{2,})$/is
        .exec(state.text)?.[1]
        ?.trim()
        .replace(/[.!]+$/, '');
      if (description) fields.description = description[0]!.toUpperCase() + description.slice(1);
      else if (role && type === 'character') fields.role = role;
      else if (type === 'character' && /\brole\b/i.test(state.text)) {
        return reply(`Which role does ${refMarker(ref)} play?`, {
          choices: ROLE_CHOICES,
          followUp: {
            kind: 'missing_field',
            entityType: type,
            existingId: entity.id,
            field: 'role',
            draft: {},
          },
        });
      } else if (/\bdescri/i.test(state.text)) {
        return reply(`Describe ${refMarker(ref)} in a sentence or two.`, {
          followUp: {
            kind: 'missing_field',
            entityType: type,
            existingId: entity.id,
            field: 'description',
            draft: {},
          },
        });
      } else {
        return reply(
          `What should change about ${refMarker(ref)}? For example “make ${ref.name} 32” or “${ref.name} is a pilot”.`,
        );
      }
    }
    builder.update(type, entity.id, fields);
    await commitBuilder(deps, builder, chatLabel(state.text));
    const updated: EntityRef = { ...ref, name: (fields.name as string | undefined) ?? ref.name };
    const summary = newName
      ? `renamed to ${newName}`
      : describeFields(fields) || Object.keys(fields).join(', ');
    return reply(`Updated ${refMarker(updated)}: ${summary}.`, { updated: [updated] });
  } catch (error) {
    if (error instanceof AppFailure)
      return reply(
        `I couldn't change ${ref.name}: ${error.message}${error.remedy ? ` ${error.remedy}` : ''}`,
      );
    throw error;
  }
}
