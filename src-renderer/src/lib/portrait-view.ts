// What the character sheet shows of a portrait: which picture, the generation status in words, and the button's state.
import type { CharacterSheet } from '../contract';
import { assertNever } from './assert-never';

export interface PortraitView {
  /** The generated image to show (its asset id), or undefined: the drawn card is the portrait. */
  assetId?: string;
  /** The status line (empty when no portrait was ever requested). */
  status: string;
  /** What to do next after a failure. */
  remedy?: string;
  tone: 'idle' | 'busy' | 'done' | 'failed';
  /** The button: enabled, its label, and why it is disabled when it is. */
  button: { enabled: boolean; label: string; reason?: string };
}

/** Maps a sheet's portrait fields to what the sheet shows. */
export function portraitView(sheet: CharacterSheet): PortraitView {
  const job = sheet.portrait;
  const configured = sheet.portraitEndpoint.configured;
  const picture = sheet.portraitAssetId ? { assetId: sheet.portraitAssetId } : {};
  const noEndpoint = configured
    ? undefined
    : (sheet.portraitEndpoint.hint ?? 'Set an image endpoint in Settings first.');
  const button = (label: string, busy = false) => ({
    enabled: configured && !busy,
    label,
    ...(noEndpoint ? { reason: noEndpoint } : busy ? { reason: 'A portrait is already on its way.' } : {}),
  });
  if (!job)
    return {
      ...picture,
      status: sheet.portraitAssetId ? 'Generated portrait.' : '',
      tone: 'idle',
      button: button(sheet.portraitAssetId ? 'Generate again' : 'Generate portrait'),
    };
  switch (job.status) {
    case 'queued':
      return {
        ...picture,
        status: 'Portrait queued…',
        tone: 'busy',
        button: button('Generate portrait', true),
      };
    case 'running':
      return {
        ...picture,
        status: 'Drawing the portrait…',
        tone: 'busy',
        button: button('Generate portrait', true),
      };
    case 'done':
      return {
        ...picture,
        status: `Portrait generated${job.model ? ` by ${job.model}` : ''}.`,
        tone: 'done',
        button: button('Generate again'),
      };
    case 'failed':
      return {
        ...picture,
        status: `Portrait failed: ${job.error ?? 'no reason given'}`,
        ...(job.remedy ? { remedy: job.remedy } : {}),
        tone: 'failed',
        button: button('Try again'),
      };
    case 'cancelled':
      return { ...picture, status: 'Portrait cancelled.', tone: 'idle', button: button('Generate portrait') };
    default:
      return assertNever(job.status);
  }
}
