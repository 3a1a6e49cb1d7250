// The single entry for every transport: check the channel, zod-parse the unknown payload, run, wrap in a Result.
import { isChannel, type Channel } from '../../src-preload/contract/channels';
import { REQUEST_SCHEMAS } from '../../src-preload/contract/requests';
import type { ResponseOf } from '../../src-preload/contract/responses';
import type { Result } from '../../src-preload/contract/result';
import { toAppError } from '../shared/failure';
import { describeZodError } from '../shared/zod-issue';
import type { CallContext, HandlerTable } from './handler-table';

/** Calls the handler of `channel` with a payload that is untrusted until its schema parses it. Never throws. */
export async function dispatch(
  table: HandlerTable,
  channel: unknown,
  payload: unknown,
  context: CallContext,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    // Never String() an untrusted value: an object with a non-callable toString (valid JSON) would throw.
    const what =
      typeof channel === 'string'
        ? `named ${JSON.stringify(channel.slice(0, 80))}`
        : `of type ${channel === null ? 'null' : typeof channel}`;
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel ${what}.` } };
  }
  return dispatchTyped(table, channel, payload, context);
}

async function dispatchTyped<C extends Channel>(
  table: HandlerTable,
  channel: C,
  payload: unknown,
  context: CallContext,
): Promise<Result<ResponseOf<C>>> {
  const parsed = REQUEST_SCHEMAS[channel].safeParse(payload ?? undefined);
  if (!parsed.success) {
    const { message, path } = describeZodError(parsed.error, 'request');
    return {
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        message: `${channel}: ${message}`,
        remedy: 'Check the request fields.',
        details: { field: path },
      },
    };
  }
  try {
    const handler = table[channel] as (request: unknown, context: CallContext) => Promise<ResponseOf<C>>;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}
