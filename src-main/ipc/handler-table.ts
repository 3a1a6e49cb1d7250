// The transport-agnostic handler table type: one function per channel, typed by the contract.
import type { Channel } from '../../src-preload/contract/channels';
import type { ParsedRequestOf } from '../../src-preload/contract/requests';
import type { ResponseOf } from '../../src-preload/contract/responses';

/** Who is calling: used for logging and per-transport behaviour (e.g. OS trash only in Electron). */
export interface CallContext {
  transport: 'electron' | 'web' | 'cli';
}

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
  context: CallContext,
) => Promise<ResponseOf<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

/** A room's handlers: a part of the table, keyed by channel. */
export type HandlerGroup = Partial<HandlerTable>;

/**
 * Joins the rooms' handler groups into one table, refusing a channel that two groups both claim (a spread would
 * let the later one win silently), and checks that every channel of the contract has its handler.
 */
export function joinHandlerGroups(
  groups: Record<string, HandlerGroup>,
  channels: readonly Channel[],
): HandlerTable {
  const table: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  for (const [room, group] of Object.entries(groups)) {
    for (const [channel, handler] of Object.entries(group)) {
      const first = owner.get(channel);
      if (first !== undefined)
        throw new Error(
          `Channel ${channel} has two handlers (${first} and ${room}): keep one and remove the other.`,
        );
      owner.set(channel, room);
      table[channel] = handler;
    }
  }
  const missing = channels.filter((c) => !owner.has(c));
  if (missing.length)
    throw new Error(`No handler for ${missing.join(', ')}: add it to its room's handler group.`);
  return table as HandlerTable;
}
