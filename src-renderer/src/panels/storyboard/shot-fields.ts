// The editable fields of a shot, shared by the card editor and the shot list: how each reads and how it saves.
import type { AppError, Shot } from '../../contract';
import { SHOT_ANGLES, SHOT_MOVEMENTS, SHOT_SIZES } from '../../lib/vocab';

/** A field a person may edit on a shot, with its choices (selects) or its input kind. */
export type ShotField =
  | { key: 'size' | 'angle' | 'movement'; label: string; options: readonly string[] }
  | { key: 'lensMm' | 'durationSec' | 'number'; label: string; numeric: true }
  | { key: 'description'; label: string; numeric?: false };

export const SHOT_FIELDS: readonly ShotField[] = [
  { key: 'size', label: 'Size', options: SHOT_SIZES },
  { key: 'angle', label: 'Angle', options: SHOT_ANGLES },
  { key: 'movement', label: 'Movement', options: SHOT_MOVEMENTS },
  { key: 'lensMm', label: 'Lens (mm)', numeric: true },
  { key: 'durationSec', label: 'Duration (s)', numeric: true },
  { key: 'description', label: 'Description' },
];

/** The field's current value as text (empty when unset). */
export function fieldText(shot: Shot, key: ShotField['key']): string {
  const value = shot[key];
  return value === undefined ? '' : String(value);
}

/**
 * The patch a typed value makes: an empty text clears an optional field (null), a number field sends a number
 * (or the raw text when it is not one, so the store's schema says what is wrong), a typed shot number is kept
 * through renumbering. Null when nothing changed.
 */
export function patchOf(shot: Shot, key: ShotField['key'], text: string): Record<string, unknown> | null {
  if (text === fieldText(shot, key)) return null;
  const trimmed = text.trim();
  const numeric = key === 'lensMm' || key === 'durationSec' || key === 'number';
  if (trimmed === '')
    return key === 'description' || key === 'lensMm' || key === 'durationSec' ? { [key]: null } : null;
  const value = numeric && trimmed !== '' && !Number.isNaN(Number(trimmed)) ? Number(trimmed) : trimmed;
  return key === 'number' ? { number: value, numberLocked: true } : { [key]: value };
}

/** The sentence to show beside a field the store refused ("lensMm must be at least 4" → readable). */
export function fieldError(error: AppError): string {
  return error.remedy ? `${error.message} ${error.remedy}` : error.message;
}

/** The shot number, editable in the shot list: a typed number is the user's and survives renumbering. */
export const SHOT_NUMBER_FIELD: ShotField = { key: 'number', label: 'Shot', numeric: true };
