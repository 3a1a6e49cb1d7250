// A scriptable fake OpenAI-compatible HTTP server on 127.0.0.1 (chat completions, SSE streaming, models, images, faults).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  chunkBody,
  completionBody,
  countTokens,
  errorBody,
  replyContent,
  splitChunks,
  usageChunkBody,
  type FakeReply,
  type FakeUsage,
} from './fake-openai-replies';

import { solidPng } from './fake-png';

export { reply, type FakeReply } from './fake-openai-replies';

/** One scripted answer to one `POST /v1/images/generations`. */
export type FakeImageReply = { latencyMs?: number } &
  /** A PNG as `data[0].b64_json` (default: a small solid-colour PNG). */
  (
    | { kind: 'b64'; png?: Buffer }
    /** A link in `data[0].url` to the PNG, served by the fake itself. */
    | { kind: 'url'; png?: Buffer }
    | { kind: 'error'; status: number; message?: string }
    /** A 200 answer whose `b64_json` is not an image. */
    | { kind: 'not_image' }
    | { kind: 'hang' }
  );

export interface FakeOpenAiServerOptions {
  /** Model ids listed by `GET /v1/models`; a chat request for another model answers 404 model_not_found. */
  models?: string[];
  /** When set, requests without `Authorization: Bearer <apiKey>` answer 401. */
  apiKey?: string;
  /** Answer 400 to requests carrying `stream_options` (some local servers do). */
  rejectStreamOptions?: boolean;
  /** Answer 400 to `response_format.type === 'json_schema'`. */
  rejectJsonSchema?: boolean;
  /** Latency added to every answer (ms), on top of a reply's own. */
  latencyMs?: number;
  /** Answer when the script queue is empty (default: the text "OK"). */
  defaultReply?: FakeReply;
  /**
   * Chooses the answer from the request itself (e.g. by the stage its system prompt names), before the script
   * queue: for parallel callers whose order of arrival is not fixed. `undefined` falls through to the queue.
   */
  respond?: (body: FakeRequestBody) => FakeReply | undefined;
  /** Answer of `/images/generations` when its script queue is empty (default: a small PNG as b64_json). */
  defaultImage?: FakeImageReply;
}

/** The parts of a chat completion request the fake and the tests look at. */
export interface FakeRequestBody {
  model?: string;
  messages?: Array<{ role: string; content: unknown }>;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type?: string; json_schema?: { name?: string; schema?: unknown } };
  tools?: unknown[];
  max_tokens?: number;
  [key: string]: unknown;
}

/** One request the server received, for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body (empty for GET). */
  body: FakeRequestBody;
  receivedAt: number;
  /** True when the client went away before the answer was complete (cancellation, timeout). */
  aborted: boolean;
}

export interface FakeOpenAiServer {
  /** e.g. `http://127.0.0.1:41234/v1` — pass as `baseURL`. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Chat completion requests only. */
  chatRequests(): RecordedRequest[];
  /** Appends replies to the queue; each chat request consumes one. */
  script(...replies: FakeReply[]): void;
  /** Image generation requests only. */
  imageRequests(): RecordedRequest[];
  /** Appends answers to the image queue; each image request consumes one. */
  scriptImages(...replies: FakeImageReply[]): void;
  close(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Starts the fake on a random port of 127.0.0.1. */
export async function startFakeOpenAiServer(
  options: FakeOpenAiServerOptions = {},
): Promise<FakeOpenAiServer> {
  const queue: FakeReply[] = [];
  const imageQueue: FakeImageReply[] = [];
  const served = new Map<string, Buffer>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let counter = 0;

  async function chat(rec: RecordedRequest, res: ServerResponse): Promise<void> {
    const body = rec.body;
    const model = String(body.model ?? '');
    // Like Ollama, a bare name matches its `:latest` tag.
    if (options.models && !options.models.includes(model) && !options.models.includes(`${model}:latest`)) {
      return sendJson(
        res,
        404,
        errorBody(
          404,
          `The model \`${model}\` does not exist or you do not have access to it.`,
          'model_not_found',
        ),
      );
    }
    if (options.rejectStreamOptions && body.stream_options !== undefined) {
      return sendJson(res, 400, errorBody(400, 'Unrecognized request argument supplied: stream_options'));
    }
    if (options.rejectJsonSchema && body.response_format?.type === 'json_schema') {
      return sendJson(res, 400, errorBody(400, "'response_format.type' json_schema is not supported"));
    }
    const r = options.respond?.(body) ??
      queue.shift() ??
      options.defaultReply ?? { kind: 'text', content: 'OK' };
    const latency = (options.latencyMs ?? 0) + (r.latencyMs ?? 0);
    if (latency > 0) await sleep(latency);
    if (res.destroyed) return;
    const ids = { id: `chatcmpl-fake-${++counter}`, model, created: Math.floor(Date.now() / 1000) };
    const promptText = JSON.stringify(body.messages ?? []);
    const usage = (r.kind === 'text' || r.kind === 'json' ? r.usage : undefined) ?? {
      prompt: countTokens(promptText),
      completion: countTokens(replyContent(r)) || 1,
    };
    switch (r.kind) {
      case 'hang':
        return; // Never answers; close() destroys the socket.
      case 'error': {
        const headers: Record<string, string> = {};
        if (r.retryAfterSec !== undefined) headers['retry-after'] = String(r.retryAfterSec);
        if (r.retryAfterMs !== undefined) headers['retry-after-ms'] = String(r.retryAfterMs);
        // The OpenAI SDK retries on its own unless told not to; this header keeps the fake honest either way.
        headers['x-should-retry'] = r.status === 429 || r.status >= 500 ? 'true' : 'false';
        return sendJson(res, r.status, errorBody(r.status, r.message ?? `Fake error ${r.status}`), headers);
      }
      default:
        break;
    }
    if (body.stream === true) return stream(res, ids, r, usage, body.stream_options?.include_usage === true);
    if (r.kind === 'drop_mid_stream') {
      res.socket?.destroy();
      return;
    }
    sendJson(res, 200, completionBody(ids, r, usage));
  }

  async function image(res: ServerResponse): Promise<void> {
    const r = imageQueue.shift() ?? options.defaultImage ?? { kind: 'b64' };
    const latency = (options.latencyMs ?? 0) + (r.latencyMs ?? 0);
    if (latency > 0) await sleep(latency);
    if (res.destroyed) return;
    const created = Math.floor(Date.now() / 1000);
    switch (r.kind) {
      case 'hang':
        return;
      case 'error':
        return sendJson(res, r.status, errorBody(r.status, r.message ?? `Fake error ${r.status}`));
      case 'not_image':
        return sendJson(res, 200, { created, data: [{ b64_json: Buffer.from('hello').toString('base64') }] });
      case 'url': {
        const name = `image-${++counter}.png`;
        served.set(`/files/${name}`, r.png ?? solidPng(16, 16));
        return sendJson(res, 200, { created, data: [{ url: `${origin()}/files/${name}` }] });
      }
      case 'b64':
        return sendJson(res, 200, {
          created,
          data: [{ b64_json: (r.png ?? solidPng(16, 16)).toString('base64'), revised_prompt: 'A portrait.' }],
        });
    }
  }

  async function stream(
    res: ServerResponse,
    ids: { id: string; model: string; created: number },
    r: FakeReply,
    usage: FakeUsage,
    includeUsage: boolean,
  ): Promise<void> {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const send = (payload: unknown): void => {
      res.write(`data: ${JSON.stringify(payload)}\n\n`);
    };
    send(chunkBody(ids, { role: 'assistant', content: '' }, null));
    if (r.kind === 'tool_call') {
      const args = JSON.stringify(r.arguments);
      send(
        chunkBody(
          ids,
          {
            tool_calls: [
              { index: 0, id: 'call_1', type: 'function', function: { name: r.name, arguments: '' } },
            ],
          },
          null,
        ),
      );
      send(chunkBody(ids, { tool_calls: [{ index: 0, function: { arguments: args } }] }, null));
      send(chunkBody(ids, {}, 'tool_calls'));
    } else {
      const chunks = splitChunks(replyContent(r));
      for (const [i, piece] of chunks.entries()) {
        if (r.kind === 'drop_mid_stream' && i >= r.afterChunks) {
          await sleep(5);
          res.socket?.destroy();
          return;
        }
        send(chunkBody(ids, { content: piece }, null));
        await sleep(1);
        if (res.destroyed) return;
      }
      send(chunkBody(ids, {}, 'stop'));
    }
    if (includeUsage) send(usageChunkBody(ids, usage));
    res.write('data: [DONE]\n\n');
    res.end();
  }

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      let body: FakeRequestBody;
      try {
        body = raw ? (JSON.parse(raw) as FakeRequestBody) : {};
      } catch {
        return sendJson(res, 400, errorBody(400, 'Invalid JSON body'));
      }
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body,
        receivedAt: Date.now(),
        aborted: false,
      };
      requests.push(rec);
      res.on('close', () => {
        if (!res.writableFinished) rec.aborted = true;
      });
      // Image links are pre-signed like OpenAI's: fetched without the key.
      const file = req.method === 'GET' ? served.get(path) : undefined;
      if (file) {
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(file);
      }
      if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
        return sendJson(res, 401, errorBody(401, 'Incorrect API key provided.'));
      }
      if (req.method === 'GET' && path === '/v1/models') {
        const ids = options.models ?? ['fake-model'];
        return sendJson(res, 200, {
          object: 'list',
          data: ids.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })),
        });
      }
      if (req.method === 'POST' && path === '/v1/chat/completions') return chat(rec, res);
      if (req.method === 'POST' && path === '/v1/images/generations') return image(res);

      sendJson(res, 404, errorBody(404, `No route ${req.method} ${path}`));
    })();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  function origin(): string {
    return `http://127.0.0.1:${port}`;
  }

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path === '/v1/chat/completions'),
    script: (...replies) => {
      queue.push(...replies);
    },
    imageRequests: () => requests.filter((r) => r.path === '/v1/images/generations'),
    scriptImages: (...replies) => {
      imageQueue.push(...replies);
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
