// The offline engine as a Brain: deterministic rules and generators, no network.
import type { Brain } from '../brain';
import { extractEntities } from './understand/extract-entities';
import { parseMessage } from './understand/parse-message';

export const offlineBrain: Brain = {
  id: 'offline',
  async understand(text, context) {
    return parseMessage(text, context);
  },
  async extract(text, context) {
    return extractEntities(text, context);
  },
  async reply(_system, _user, fallback, call) {
    call?.onToken?.(fallback);
    return fallback;
  },
  async structured(request) {
    return request.fallback();
  },
};
