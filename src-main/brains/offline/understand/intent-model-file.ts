// The intent model as written to disk: the linear weights packed (Int16 rows, deflated, base64) to keep it small.
// Node's zlib, not fflate: it inflates the model about three times faster, and the model loads at every start.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { IntentModel } from './intent-model';
import { readSlotGaps, writeSlotGaps } from './slot-gaps';

/**
 * The file form of a model. Its linear weights come packed; models written before packing have the plain table.
 * Packing is what lets three networks fit in the 2 MB the model may take: the table as JSON was 1.1 MB.
 */
export type StoredIntentModel = Omit<IntentModel, 'weights'> & {
  weights?: Record<string, number[]>;
  /**
   * Base64 of deflated bytes: the slot count n (Uint32), the n ascending slots as gaps from the previous slot
   * (Uint32 each), then n rows of one Int16 per intent. Little-endian.
   */
  packedWeights?: string;
};

const INT16 = 32767;

/** Packs the linear weights; refuses a weight past Int16, which a changed `scale` or a runaway fit could give. */
export function toStoredModel(model: IntentModel): StoredIntentModel {
  const { weights, ...rest } = model;
  const slots = Object.keys(weights)
    .map(Number)
    .sort((a, b) => a - b);
  const k = model.intents.length;
  const bytes = new Uint8Array(4 + slots.length * (4 + 2 * k));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, slots.length, true);
  const rowsAt = 4 + slots.length * 4;
  writeSlotGaps(view, 4, slots);
  slots.forEach((slot, i) => {
    (weights[slot] ?? []).forEach((w, c) => {
      if (!Number.isInteger(w) || Math.abs(w) > INT16)
        throw new Error(
          `Intent weight ${w} (slot ${slot}) does not fit the model file's Int16: lower the scale.`,
        );
      view.setInt16(rowsAt + (i * k + c) * 2, w, true);
    });
  });
  return { ...rest, packedWeights: Buffer.from(deflateRawSync(bytes, { level: 9 })).toString('base64') };
}

/** The weights table of packed weights; throws with what to do when the bytes are damaged. */
function unpackWeights(packed: string, k: number): Record<string, number[]> {
  const bytes = inflateRawSync(Buffer.from(packed, 'base64'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const n = bytes.length >= 4 ? view.getUint32(0, true) : -1;
  if (n < 0 || bytes.length !== 4 + n * (4 + 2 * k))
    throw new Error(
      "The intent model's weights are damaged (run `npm run train:intents` to write them again).",
    );
  const weights: Record<string, number[]> = {};
  const rowsAt = 4 + n * 4;
  const slots = readSlotGaps(view, 4, n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(k);
    for (let c = 0; c < k; c++) row[c] = view.getInt16(rowsAt + (i * k + c) * 2, true);
    weights[slots[i] as number] = row;
  }
  return weights;
}

/** The model in memory: packed weights become the table again (a model with the plain table passes through). */
export function fromStoredModel(stored: StoredIntentModel): IntentModel {
  const { packedWeights, weights, ...rest } = stored;
  if (packedWeights === undefined) return { ...rest, weights: weights as Record<string, number[]> };
  return { ...rest, weights: unpackWeights(packedWeights, stored.intents.length) };
}
