// A minimal OpenAI-compatible endpoint for the bench: answers each stage's chat completion after a fixed latency.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ModelCall {
  /** The pipeline stage named in the system prompt ("You are the scene breakdown …"). */
  stage: string;
  start: number;
  end: number;
}

export interface LatencyServer {
  baseURL: string;
  calls: ModelCall[];
  close(): Promise<void>;
}

/**
 * Starts the endpoint on 127.0.0.1. `replies` maps a stage (as its system prompt names it) to the JSON it answers;
 * other requests get `{}`.
 */
export async function startLatencyServer(
  latencyMs: number,
  replies: Readonly<Record<string, unknown>> = {},
): Promise<LatencyServer> {
  const calls: ModelCall[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      const start = performance.now();
      const parsed = (body ? JSON.parse(body) : {}) as {
        stream?: boolean;
        messages?: { content?: string }[];
      };
      const system = String(parsed.messages?.[0]?.content ?? '');
      const stage = /You are the ([a-z ]+?) of a film/.exec(system)?.[1] ?? 'other';
      const content = JSON.stringify(replies[stage] ?? {});
      setTimeout(() => {
        calls.push({ stage, start, end: performance.now() });
        const usage = { prompt_tokens: 100, completion_tokens: 2, total_tokens: 102 };
        if (parsed.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          const chunk = {
            id: 'c',
            object: 'chat.completion.chunk',
            created: 0,
            model: 'bench',
            choices: [{ index: 0, delta: { role: 'assistant', content }, finish_reason: null }],
          };
          res.write(`data: ${JSON.stringify(chunk)}\n\n`);
          res.write(
            `data: ${JSON.stringify({ ...chunk, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage })}\n\n`,
          );
          res.end('data: [DONE]\n\n');
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: 'c',
              object: 'chat.completion',
              created: 0,
              model: 'bench',
              choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
              usage,
            }),
          );
        }
      }, latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The critical path of a generate run: the longest chain of dependent model calls, from measured latencies. */
export function criticalPathMs(calls: readonly ModelCall[]): number {
  const longest = (stage: string) =>
    Math.max(0, ...calls.filter((c) => c.stage === stage).map((c) => c.end - c.start));
  // screenwriter → (character designer → relationship writer ∥ location scout) → scene breakdown → storyboard
  // branches (in parallel) → shot planner (scenes in parallel) → casting.
  return (
    longest('screenwriter') +
    Math.max(longest('character designer') + longest('relationship writer'), longest('location scout')) +
    longest('scene breakdown writer') +
    longest('storyboard artist') +
    longest('shot planner') +
    longest('casting director')
  );
}
