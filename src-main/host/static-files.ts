// Serves the built renderer's files over loopback HTTP, refusing anything outside its folder.
import { existsSync, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../window/content-security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The URL of a request, or null when it cannot be parsed (`//[`, a bare `%`…): never throws. */
export function parseRequestUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}

/** The decoded path of a URL, or null when its percent-encoding is malformed (`/%ff`, `/%`). */
function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/** Serves files under `rootDir`. The returned handler never rejects for a request it was given. */
export function createStaticHandler(rootDir: string) {
  const root = resolve(rootDir);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = parseRequestUrl(request.url);
    let path = url ? decodedPath(url) : null;
    if (path === null || path.includes('\0')) return plain(response, 400, 'Bad request');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(response, 405, 'Method not allowed');
    if (path === '/' || path === '') path = '/index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return plain(response, 403, 'Forbidden');
    if (!existsSync(join(root, 'index.html'))) {
      return plain(
        response,
        503,
        'The Storyloom renderer is not built yet. Run `npm run build`, then start web mode again.',
      );
    }
    try {
      const body = await fs.readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      plain(response, 404, 'Not found');
    }
  };
}
