// The intent network: it learns what features mean together, packs small without losing its answers, and mixes in.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  featureSlots,
  intentModel,
  predictIntent,
  rawScores,
  type IntentModel,
} from '../../../../../src-main/brains/offline/understand/intent-model';
import {
  logSoftmax,
  inputRow,
  networkLogProbs,
  networkSlots,
  packNetwork,
  unpackNetwork,
  WEIGHT_BITS,
  type Network,
  type PackedNetwork,
} from '../../../../../src-main/brains/offline/understand/intent-network';
import {
  DEFAULT_NETWORK,
  fitNetwork,
} from '../../../../../src-main/brains/offline/understand/intent-network-training';
import { fitWeights } from '../../../../../src-main/brains/offline/understand/intent-training';

/**
 * Exclusive or: a message with exactly one of two cues is one intent, with both or neither the other. No linear
 * weighting of the cues can separate it; a hidden layer can.
 */
const XOR: { keys: string[]; intent: 'undo' | 'chat' }[] = [
  ...Array.from({ length: 20 }, () => ({ keys: ['bias', 'w:again'], intent: 'undo' as const })),
  ...Array.from({ length: 20 }, () => ({ keys: ['bias', 'w:back'], intent: 'undo' as const })),
  ...Array.from({ length: 20 }, () => ({ keys: ['bias', 'w:again', 'w:back'], intent: 'chat' as const })),
  ...Array.from({ length: 20 }, () => ({ keys: ['bias'], intent: 'chat' as const })),
];
const CASES = [['w:again'], ['w:back'], ['w:again', 'w:back'], []].map((k) => ['bias', ...k]);
const EXPECTED = ['undo', 'undo', 'chat', 'chat'];
const BUCKETS = 1 << 15;
const OPTIONS = { ...DEFAULT_NETWORK, keep: 1, epochs: 60, learningRate: 0.02 };

function trainXor(): Network {
  const slots = XOR.map((e) => featureSlots(e.keys, BUCKETS));
  return fitNetwork(
    slots,
    XOR.map((e) => (e.intent === 'undo' ? 0 : 1)),
    2,
    OPTIONS,
  );
}

const topOf = (scores: readonly number[]): string => (scores[0]! >= scores[1]! ? 'undo' : 'chat');

describe('the intent network', () => {
  it('learns an exclusive or, which the linear model cannot', () => {
    const net = trainXor();
    const byNetwork = CASES.map((keys) => topOf(networkLogProbs(net, featureSlots(keys, BUCKETS))));
    expect(byNetwork).toEqual(EXPECTED);
    const linear: IntentModel = {
      version: 1,
      ...fitWeights(XOR, ['undo', 'chat']),
      temperature: 1,
      trainedOn: { files: [], requests: 0, sha256: '' },
    };
    const byLinear = CASES.map((keys) => topOf(predictIntent(linear, keys)));
    expect(byLinear).not.toEqual(EXPECTED);
  });

  it('trains the same network from the same seed, and another from another seed', () => {
    expect(packNetwork(trainXor())).toEqual(packNetwork(trainXor()));
    const slots = XOR.map((e) => featureSlots(e.keys, BUCKETS));
    const ys = XOR.map((e) => (e.intent === 'undo' ? 0 : 1));
    const other = fitNetwork(slots, ys, 2, { ...OPTIONS, seed: OPTIONS.seed + 1 });
    expect(packNetwork(other)).not.toEqual(packNetwork(trainXor()));
  });

  it('gives log-probabilities, and answers from its biases for slots it never saw', () => {
    const net = trainXor();
    const probs = networkLogProbs(net, featureSlots(['w:again'], BUCKETS)).map(Math.exp);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const unseen = networkLogProbs(net, featureSlots(['w:never-seen'], BUCKETS));
    expect(unseen).toEqual(networkLogProbs(net, []));
  });
});

describe('packing', () => {
  it('keeps every slot and each weight to within half a quantum, and the same answers', () => {
    const net = trainXor();
    const packed = packNetwork(net);
    const back = unpackNetwork(packed);
    expect(networkSlots(back)).toEqual(networkSlots(net));
    for (const slot of networkSlots(net))
      inputRow(net, slot)!.forEach((w, j) =>
        expect(Math.abs(inputRow(back, slot)![j]! - w)).toBeLessThanOrEqual(packed.quantum / 2 + 1e-7),
      );
    const answers = (n: Network): string[] =>
      CASES.map((k) => topOf(networkLogProbs(n, featureSlots(k, BUCKETS))));
    expect(answers(back)).toEqual(answers(net));
  });

  /** The stored bytes: the slots as written (steps or plain), then the Int8 input rows. */
  function storedBytes(packed: PackedNetwork): { slots: number[]; weights: Int8Array } {
    const bytes = inflateRawSync(Buffer.from(packed.packed, 'base64'));
    const count = bytes.length / (4 + packed.hidden);
    const slots = Array.from({ length: count }, (_, i) => bytes.readUInt32LE(i * 4));
    return {
      slots,
      weights: new Int8Array(bytes.buffer, bytes.byteOffset + count * 4, count * packed.hidden),
    };
  }

  it('stores each input weight in WEIGHT_BITS, and each slot as its step from the one before', () => {
    const net = trainXor();
    const packed = packNetwork(net);
    const { slots, weights } = storedBytes(packed);
    const top = 2 ** (WEIGHT_BITS - 1) - 1;
    expect(Math.max(...Array.from(weights, Math.abs))).toBe(top);
    expect(packed.slotDeltas).toBe(true);
    const sums = slots.map((_, i) => slots.slice(0, i + 1).reduce((a, b) => a + b, 0));
    expect(sums).toEqual(networkSlots(net));
  });

  it('reads a network stored before slots were steps (the slots themselves)', () => {
    const packed = packNetwork(trainXor());
    const { slots, weights } = storedBytes(packed);
    const plain = Buffer.alloc(slots.length * 4 + weights.length);
    slots.reduce((sum, step, i) => (plain.writeUInt32LE(sum + step, i * 4), sum + step), 0);
    plain.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.length), slots.length * 4);
    const { slotDeltas: _, ...older } = packed;
    const stored = { ...older, packed: deflateRawSync(plain).toString('base64') };
    const back = unpackNetwork(stored);
    expect(networkSlots(back)).toEqual(networkSlots(unpackNetwork(packed)));
    expect(networkLogProbs(back, featureSlots(CASES[0]!, BUCKETS))).toEqual(
      networkLogProbs(unpackNetwork(packed), featureSlots(CASES[0]!, BUCKETS)),
    );
  });

  it('refuses a damaged network and says how to write it again', () => {
    const packed = packNetwork(trainXor());
    expect(() => unpackNetwork({ ...packed, hidden: packed.hidden + 1 })).toThrow(/npm run train:intents/);
  });
});

describe('the mix', () => {
  const linear = fitWeights(XOR, ['undo', 'chat']);
  const base: IntentModel = {
    version: 1,
    ...linear,
    networkWeight: 0.25,
    temperature: 1,
    trainedOn: { files: [], requests: 0, sha256: '' },
  };
  const slots = featureSlots(['bias', 'w:again', 'w:back'], BUCKETS);

  it("scores by the weighted mean of both halves' log-probabilities", () => {
    const model: IntentModel = { ...base, networks: [packNetwork(trainXor())] };
    const alone = rawScores({ ...model, networks: undefined }, slots);
    const fromNet = networkLogProbs(unpackNetwork(model.networks![0]!), slots);
    const expected = logSoftmax(alone).map((x, k) => 0.75 * x + 0.25 * fromNet[k]!);
    rawScores(model, slots).forEach((s, k) => expect(s).toBeCloseTo(expected[k]!, 9));
  });

  it("averages several networks' log-probabilities, and reads an older model's single network as one", () => {
    const packed = [7, 8, 9].map((seed) =>
      packNetwork(
        fitNetwork(
          XOR.map((e) => featureSlots(e.keys, BUCKETS)),
          XOR.map((e) => (e.intent === 'undo' ? 0 : 1)),
          2,
          { ...OPTIONS, seed },
        ),
      ),
    );
    const each = packed.map((p) => networkLogProbs(unpackNetwork(p), slots));
    const mean = [0, 1].map((k) => (each[0]![k]! + each[1]![k]! + each[2]![k]!) / 3);
    const alone = logSoftmax(rawScores(base, slots));
    const expected = alone.map((x, k) => 0.75 * x + 0.25 * mean[k]!);
    rawScores({ ...base, networks: packed }, slots).forEach((s, k) => expect(s).toBeCloseTo(expected[k]!, 9));
    expect(rawScores({ ...base, network: packed[0] }, slots)).toEqual(
      rawScores({ ...base, networks: [packed[0]!] }, slots),
    );
  });

  it('ships in the model: the networks of the default options, with a share between the halves', () => {
    const model = intentModel();
    expect(model.networks).toHaveLength(DEFAULT_NETWORK.count);
    expect(model.networks!.every((n) => n.hidden === DEFAULT_NETWORK.hidden)).toBe(true);
    expect(model.networkWeight).toBe(DEFAULT_NETWORK.weight);
    expect(networkSlots(unpackNetwork(model.networks![0]!)).length).toBeGreaterThan(1000);
    // Successive seeds give different networks (else the mean would be one network at three times the cost).
    expect(model.networks![0]!.packed).not.toEqual(model.networks![1]!.packed);
  });
});
