// fetch for the model SDK that counts a reply's bytes as they arrive and aborts the request once past the cap.
import { MAX_REPLY_CHARS, ModelCallError } from './model-errors';

/** A whole (non-stream) JSON answer: bounded in bytes (JSON escapes take up to 6 bytes per character). */
export const MAX_JSON_BODY_BYTES = MAX_REPLY_CHARS * 6 + 64 * 1024;
/**
 * One line of a stream: an SSE event carries one small delta, and the SDK buffers a line whole before anything of
 * ours sees its text, so a single huge event is cut here rather than after it was buffered.
 */
export const MAX_STREAM_LINE_BYTES = MAX_JSON_BODY_BYTES;
/** A whole stream: a backstop for servers that send endless events without text (the character cap never fires). */
export const MAX_STREAM_BODY_BYTES = 64 * 1024 * 1024;

const tooLarge = (what: string): ModelCallError =>
  new ModelCallError('too_large', `The model's answer passed ${what}; the rest was not read.`);

/** Counts a body's bytes (and, for a stream, each line's); returns the failure to raise, if any. */
function byteCounter(stream: boolean): (chunk: Uint8Array) => ModelCallError | undefined {
  let total = 0;
  let line = 0;
  return (chunk) => {
    total += chunk.byteLength;
    if (!stream) return total > MAX_JSON_BODY_BYTES ? tooLarge(`${MAX_JSON_BODY_BYTES} bytes`) : undefined;
    if (total > MAX_STREAM_BODY_BYTES) return tooLarge(`${MAX_STREAM_BODY_BYTES} bytes`);
    const lastNewline = chunk.lastIndexOf(0x0a);
    line = lastNewline < 0 ? line + chunk.byteLength : chunk.byteLength - lastNewline - 1;
    return line > MAX_STREAM_LINE_BYTES ? tooLarge(`${MAX_STREAM_LINE_BYTES} bytes in one event`) : undefined;
  };
}

/**
 * fetch for the SDK: a body declared too large is refused before it is read; any other body is counted while it
 * arrives, and the request is aborted (the socket closed) the moment it passes its cap. The SDK therefore never
 * buffers more than the cap, and a hostile 30 MB answer costs a few MB, not the whole body.
 */
export const cappedFetch: typeof fetch = async (input, init) => {
  const abort = new AbortController();
  const signal = init?.signal ? AbortSignal.any([init.signal, abort.signal]) : abort.signal;
  const response = await fetch(input, { ...init, signal });
  if (!response.body) return response;
  const stream = (response.headers.get('content-type') ?? '').includes('event-stream');
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (!stream && declared > MAX_JSON_BODY_BYTES) {
    const error = tooLarge(`${MAX_JSON_BODY_BYTES} bytes`);
    abort.abort(error);
    throw error;
  }
  const count = byteCounter(stream);
  const limited = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const failure = count(chunk);
        if (!failure) return controller.enqueue(chunk);
        controller.error(failure);
        abort.abort(failure);
      },
    }),
  );
  return new Response(limited, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
