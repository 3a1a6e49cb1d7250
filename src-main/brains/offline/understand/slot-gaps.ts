// Ascending hashed slots as the model file stores them: each as its gap from the slot before (Uint32, little-endian).
// Gaps are small and repeat, so they deflate about twenty times smaller than the slots themselves.

/** Writes the ascending slots at byte `at` as gaps, 4 bytes each. */
export function writeSlotGaps(view: DataView, at: number, slots: ArrayLike<number>): void {
  for (let i = 0; i < slots.length; i++)
    view.setUint32(at + i * 4, (slots[i] as number) - (i ? (slots[i - 1] as number) : 0), true);
}

/** Reads `count` slots stored at byte `at`: as gaps, or (`gaps` false: older network files) as the slots themselves. */
export function readSlotGaps(view: DataView, at: number, count: number, gaps = true): Uint32Array {
  const slots = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const stored = view.getUint32(at + i * 4, true);
    slots[i] = gaps && i ? stored + (slots[i - 1] as number) : stored;
  }
  return slots;
}
