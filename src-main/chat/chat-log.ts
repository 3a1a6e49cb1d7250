// Chat memory on disk: one append-only JSONL file per session under the project's chat/ folder.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { ChatMessageSchema, type ChatMessage } from '../../src-preload/contract/chat';
import { AppFailure } from '../shared/failure';
import { newId } from '../shared/ids';
import { appendLineDurable } from '../store/durable-write';

export interface ChatSessionInfo {
  id: string;
  title: string;
  updatedAt: string;
  messageCount: number;
}

const SESSION_FILE = /^([\w-]{1,100})\.jsonl$/;

/** False when the file's last byte is not a newline: a crash tore the last line mid-append. */
async function endsWithNewline(path: string): Promise<boolean> {
  if (!existsSync(path)) return true;
  const handle = await fs.open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

/**
 * Reads and appends the chat sessions of one project folder. Messages are durable once `append` resolves.
 * `assertWritable` (the project session's) runs before every append: a read-only session never writes a line.
 */
export class ChatLog {
  private readonly cache = new Map<string, ChatMessage[]>();
  /** Sessions whose file this instance has checked for a torn last line. */
  private readonly checkedTail = new Set<string>();

  constructor(
    private readonly projectDir: string,
    private readonly assertWritable: () => void = () => undefined,
  ) {}

  private get dir(): string {
    return join(this.projectDir, 'chat');
  }

  newSessionId(): string {
    return newId();
  }

  async sessions(): Promise<ChatSessionInfo[]> {
    if (!existsSync(this.dir)) return [];
    const infos: ChatSessionInfo[] = [];
    for (const name of await fs.readdir(this.dir)) {
      const id = SESSION_FILE.exec(name)?.[1];
      if (!id) continue;
      const messages = await this.read(id);
      const first = messages.find((m) => m.role === 'user');
      infos.push({
        id,
        title: first ? first.content.slice(0, 60) : 'New conversation',
        updatedAt: messages.at(-1)?.at ?? '',
        messageCount: messages.length,
      });
    }
    return infos.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Messages of a session, oldest first. A damaged line (a crash mid-append) is skipped, not fatal. */
  async read(sessionId: string): Promise<ChatMessage[]> {
    if (!SESSION_FILE.test(`${sessionId}.jsonl`))
      throw new AppFailure('CHAT_SESSION_INVALID', `"${sessionId}" is not a chat session id.`);
    const cached = this.cache.get(sessionId);
    if (cached) return cached;
    const path = join(this.dir, `${sessionId}.jsonl`);
    const messages: ChatMessage[] = [];
    if (existsSync(path)) {
      for (const line of (await fs.readFile(path, 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try {
          const parsed = ChatMessageSchema.safeParse(JSON.parse(line));
          if (parsed.success) messages.push(parsed.data);
        } catch {
          /* a torn last line after a crash: everything acknowledged before it is intact */
        }
      }
    }
    // Later lines for the same id (status updates) replace earlier ones.
    const byId = new Map<string, ChatMessage>();
    for (const m of messages) byId.set(m.id, m);
    const list = [...byId.values()];
    this.cache.set(sessionId, list);
    return list;
  }

  /** Appends (or supersedes, by id) a message durably. */
  async append(message: ChatMessage): Promise<void> {
    this.assertWritable();
    const valid = ChatMessageSchema.parse(message);
    await fs.mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `${valid.sessionId}.jsonl`);
    // After a torn last line the next append must start on a new line, or it would be glued to the fragment and lost.
    let line = JSON.stringify(valid);
    if (!this.checkedTail.has(valid.sessionId)) {
      if (!(await endsWithNewline(path))) line = `\n${line}`;
      this.checkedTail.add(valid.sessionId);
    }
    await appendLineDurable(path, line);
    const list = await this.read(valid.sessionId);
    const index = list.findIndex((m) => m.id === valid.id);
    if (index >= 0) list[index] = valid;
    else list.push(valid);
  }

  /** The newest messages across all sessions (newest session last), for context after a restart. */
  async recent(limit: number): Promise<ChatMessage[]> {
    const sessions = await this.sessions();
    const out: ChatMessage[] = [];
    for (const s of sessions) {
      out.unshift(...(await this.read(s.id)));
      if (out.length >= limit) break;
    }
    return out.slice(-limit);
  }

  /** Case-insensitive search over every session's messages. */
  async search(query: string, limit = 50): Promise<ChatMessage[]> {
    const needle = query.trim().toLowerCase();
    if (!needle) return [];
    const hits: ChatMessage[] = [];
    for (const s of await this.sessions()) {
      for (const m of await this.read(s.id)) if (m.content.toLowerCase().includes(needle)) hits.push(m);
    }
    return hits.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }
}
