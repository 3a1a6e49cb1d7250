// The image endpoint for portraits as the core uses it: the endpoint with its key, and how to set it up.
import type { ImageEndpoint } from '../../src-preload/contract/image-endpoint';

/** Everything a portrait request needs: the endpoint and the key to send (if any). */
export interface ImageEndpointAccess extends ImageEndpoint {
  apiKey?: string;
}

/** The one explanation every surface (sheet, CLI, chat) gives when no image endpoint is set. */
export const IMAGE_ENDPOINT_HOW_TO =
  'Set an image endpoint in Settings → Image endpoint (an OpenAI-compatible images API: address, model such as gpt-image-1 or dall-e-3, size, optional API key), or run `storyloom settings image --base-url URL --model MODEL [--size 1024x1024] [--api-key-env VAR]`. Until then the drawn portrait card stands in.';
