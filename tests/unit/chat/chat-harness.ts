// Test harness for conversation tests: real services on a temp projects root, one project, helpers to read it back.
import type { ChatMessage } from '../../../src-preload/contract/chat';
import type { ChatTurnResult } from '../../../src-preload/contract/dto';
import type { Character, Location, Relationship } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import type { Brain } from '../../../src-main/brains/brain';
import { createServices, type Services } from '../../../src-main/services';
import { makeTempDir } from '../../fixtures/temp-dir';

export interface ChatHarness {
  root: string;
  projectId: string;
  services: Services;
  /** Sends one message through `services.chat.send` (the current session, like the app). */
  send(text: string): Promise<ChatTurnResult>;
  /** The project as the open session holds it now. */
  file(): Promise<ProjectFile>;
  characters(): Promise<Character[]>;
  locations(): Promise<Location[]>;
  relationships(): Promise<Relationship[]>;
  /** Every message of every session, oldest first, as the chat log holds it. */
  messages(): Promise<ChatMessage[]>;
  /** Closes this instance and opens a brand-new services instance on the same root ("restart the app"). */
  restart(): Promise<ChatHarness>;
  close(): Promise<void>;
}

function harness(root: string, projectId: string, brain?: Brain): ChatHarness {
  const services = createServices({
    root,
    transport: 'cli',
    appDir: makeTempDir('storyloom-app-'),
    ...(brain ? { brain } : {}),
  });
  const file = async (): Promise<ProjectFile> => (await services.projects.open(projectId)).file;
  const h: ChatHarness = {
    root,
    projectId,
    services,
    send: (text) => services.chat.send(projectId, text),
    file,
    characters: async () => (await file()).entities.characters,
    locations: async () => (await file()).entities.locations,
    relationships: async () => (await file()).entities.relationships,
    messages: async () => {
      const log = await services.chat.log(projectId);
      const all: ChatMessage[] = [];
      for (const s of await log.sessions()) all.push(...(await log.read(s.id)));
      return all.sort((a, b) => a.at.localeCompare(b.at));
    },
    restart: async () => {
      await services.shutdown();
      return harness(root, projectId, brain);
    },
    close: () => services.shutdown(),
  };
  return h;
}

/** A fresh short film on a fresh temp root, with the offline brain unless one is given. */
export async function openChat(brain?: Brain, root = makeTempDir('storyloom-chat-')): Promise<ChatHarness> {
  const setup = createServices({ root, transport: 'cli', appDir: makeTempDir('storyloom-app-') });
  const summary = await setup.projects.create('Conversation Test', 'short-film');
  await setup.shutdown();
  return harness(root, summary.id, brain);
}

/** The one character with this name (fails loudly when there are none or twins). */
export async function only(h: ChatHarness, name: string): Promise<Character> {
  const matches = (await h.characters()).filter((c) => c.name === name);
  if (matches.length !== 1) throw new Error(`expected exactly one ${name}, found ${matches.length}`);
  return matches[0]!;
}
