// Maps offline-generator drafts (keyed by `key`) onto entity data for the store.
import type { CharacterDraft, LocationDraft } from '../brains/offline/generate/types';

export function characterData(draft: CharacterDraft): Record<string, unknown> {
  const { key: _key, ...rest } = draft;
  return { ...rest, wardrobe: [] };
}

export function locationData(draft: LocationDraft): Record<string, unknown> {
  const { key: _key, ...rest } = draft;
  return rest;
}
