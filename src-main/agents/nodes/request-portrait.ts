// Node `portrait`: "draw a portrait of Sarah" queues the character's portrait on the image endpoint (or says how to set one).
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Character } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { rulePhraseAlternation } from '../../brains/offline/understand/lexicon';
import { escapeRegex } from '../../brains/offline/understand/text-utils';
import { refMarker } from '../../domain/entity-refs';
import { findCharacter } from '../../domain/find-by-name';
import { requestPortrait } from '../../queue/portrait-task';
import { IMAGE_ENDPOINT_HOW_TO } from '../../settings/image-settings';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';

let portraitRequest: RegExp | undefined;
/**
 * A request to draw a portrait: a drawing verb (the lexicon's portraitRequestVerbs), then "portrait" in the same
 * sentence (questions are not). Built on first use.
 */
const PORTRAIT_REQUEST = (): RegExp =>
  (portraitRequest ??= new RegExp(
    `^\\s*(?:please\\s+|(?:can|could|would) you\\s+)?(?:${rulePhraseAlternation('portraitRequestVerbs')})\\b[^.?!]{0,80}?\\bportrait\\b`,
    'i',
  ));

/** True when the message asks for a character's portrait to be drawn. */
export function asksForPortrait(text: string): boolean {
  return PORTRAIT_REQUEST().test(text);
}

/** The character the request names: "portrait of/for X", "X's portrait", or the one character the text mentions. */
export function portraitSubject(file: ProjectFile, text: string): Character | undefined {
  const of = /\bportrait\s+(?:of|for)\s+([^.?!,;]+)/i.exec(text)?.[1]?.trim();
  const possessive = /([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)['’]s\s+portrait\b/iu.exec(text)?.[1];
  for (const name of [
    of,
    of?.split(/\s+/).slice(0, 2).join(' '),
    possessive,
    possessive?.split(/\s+/).at(-1),
  ]) {
    const found = name ? findCharacter(file, name) : undefined;
    if (found) return found;
  }
  const words = text.toLowerCase();
  const mentioned = file.entities.characters.filter((c) =>
    [c.name, ...c.aliases, c.name.split(' ')[0] ?? ''].some(
      (n) => n.length > 1 && new RegExp(`\\b${escapeRegex(n.toLowerCase())}\\b`).test(words),
    ),
  );
  return mentioned.length === 1 ? mentioned[0] : undefined;
}

export async function requestPortraitNode(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  const character = portraitSubject(file, state.text);
  if (!character) {
    const names = file.entities.characters.map((c) => c.name);
    return {
      outcome: {
        replyParts: [
          names.length
            ? `Whose portrait should I draw? Name one of: ${names.slice(0, 12).join(', ')}.`
            : 'There are no characters to draw yet: create one first.',
        ],
      },
    };
  }
  const endpoint = await deps.imageEndpoint?.();
  if (!endpoint || !deps.queue)
    return {
      outcome: {
        replyParts: [`I can't draw ${character.name}'s portrait yet. ${IMAGE_ENDPOINT_HOW_TO}`],
      },
    };
  const taskId = await requestPortrait(deps.queue, deps.session, character.id, deps.imageEndpoint!);
  const ref = { type: 'character', id: character.id, name: character.name };
  return {
    outcome: {
      replyParts: [
        `Drawing the portrait of ${refMarker(ref)} with ${endpoint.model}. Follow it in the Tasks drawer; it appears on the character sheet when done.`,
      ],
      updated: [ref],
      queueTaskId: taskId,
    },
  };
}
