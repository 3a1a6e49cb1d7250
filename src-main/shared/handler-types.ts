// The types of the handler table: one function per channel, typed by the contract (each room writes its group).
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
