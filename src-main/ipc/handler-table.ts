// The handler table is joined here from the rooms' handler groups (each room writes its own, beside its domain).
import type { Channel } from '../../src-preload/contract/channels';
import type { HandlerGroup, HandlerTable } from '../shared/handler-types';

export type { CallContext, Handler, HandlerGroup, HandlerTable } from '../shared/handler-types';

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
