// Property tests of the relationship ledger and dynamics: bounds, pins, causes and reasons, personality effects.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InteractionTypeSchema,
  LedgerCauseSchema,
  RelationshipEventSchema,
  type Personality,
} from '../../../src-preload/contract/entities';
import { decayEmotions, restingEmotions, EMOTION_NAMES } from '../../../src-main/domain/emotional-state';
import { interact } from '../../../src-main/domain/relationship-interaction';
import { interactionDeltas } from '../../../src-main/domain/relationship-dynamics';
import {
  applyLedgerChange,
  LEDGER_LIMIT,
  type LedgerFields,
} from '../../../src-main/domain/relationship-ledger';

const AT = '2026-01-01T00:00:00.000Z';
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const personality: fc.Arbitrary<Personality> = fc.record({
  openness: unit,
  conscientiousness: unit,
  extraversion: unit,
  agreeableness: unit,
  neuroticism: unit,
});
const interaction = fc.record({
  type: fc.constantFrom(...InteractionTypeSchema.options),
  intensity: fc.oneof(unit, fc.double({ min: -5, max: 5, noNaN: true })),
  aActs: fc.boolean(),
  cause: fc.constantFrom(...LedgerCauseSchema.options),
});
const start = fc.record({
  strength: fc.double({ min: -1, max: 1, noNaN: true }),
  trust: unit,
});

const fresh = (strength: number, trust: number): LedgerFields & { sourceId: string; targetId: string } => ({
  kind: 'other',
  strength,
  trust,
  interactionCount: 0,
  history: [],
  sourceId: 'A',
  targetId: 'B',
});

describe('relationship ledger', () => {
  it('keeps strength in −1..1, trust and every feeling in 0..1 over 100,000 random interactions', () => {
    let count = 0;
    fc.assert(
      fc.property(
        start,
        personality,
        personality,
        fc.array(interaction, { minLength: 100, maxLength: 100 }),
        (s, pa, pb, steps) => {
          let rel = fresh(s.strength, s.trust);
          const a = { id: 'A', name: 'Ann', personality: pa, emotions: restingEmotions(pa) };
          const b = { id: 'B', name: 'Bo', personality: pb, emotions: restingEmotions(pb) };
          for (const step of steps) {
            const result = interact(rel, a, b, { ...step, actorId: step.aActs ? 'A' : 'B' }, AT);
            rel = { ...rel, ...result.fields };
            a.emotions = result.emotions.A!;
            b.emotions = result.emotions.B!;
            count += 1;
            // Plain checks inside the hot loop (expect() per step would dominate the run time).
            const feelings = [a.emotions, b.emotions].flatMap((e) => EMOTION_NAMES.map((n) => e[n]));
            if (!(rel.strength >= -1 && rel.strength <= 1 && rel.trust >= 0 && rel.trust <= 1))
              throw new Error(`out of bounds: strength ${rel.strength}, trust ${rel.trust}`);
            if (feelings.some((v) => !(v >= 0 && v <= 1)))
              throw new Error(`feeling out of bounds: ${feelings}`);
          }
          // Every entry says what caused it and why; the last one is a valid part of the data model.
          for (const entry of rel.history)
            if (!LedgerCauseSchema.options.includes(entry.cause) || entry.reason.trim().length < 6)
              throw new Error(`entry without cause or reason: ${JSON.stringify(entry)}`);
          expect(RelationshipEventSchema.safeParse(rel.history.at(-1)).success).toBe(true);
          expect(rel.interactionCount).toBe(steps.length);
        },
      ),
      { numRuns: 1_000 },
    );
    expect(count).toBe(100_000);
  });

  it('never moves a pinned value, whatever happens', () => {
    fc.assert(
      fc.property(
        start,
        personality,
        personality,
        fc.record({ strength: fc.boolean(), trust: fc.boolean(), kind: fc.boolean() }),
        fc.array(interaction, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('friendship', 'enemy', 'romantic', 'rivalry') as fc.Arbitrary<'friendship'>,
        (s, pa, pb, pins, steps, newKind) => {
          let rel = {
            ...fresh(s.strength, s.trust),
            ...applyLedgerChange(fresh(s.strength, s.trust), { cause: 'chat', reason: 'pin them', pins }, AT),
          };
          const a = { id: 'A', name: 'Ann', personality: pa };
          const b = { id: 'B', name: 'Bo', personality: pb };
          for (const step of steps) {
            rel = { ...rel, ...interact(rel, a, b, { ...step, actorId: step.aActs ? 'A' : 'B' }, AT).fields };
            rel = {
              ...rel,
              ...applyLedgerChange(
                rel,
                { cause: 'manual', reason: 'shove', dStrength: 0.5, dTrust: -0.5, kind: newKind },
                AT,
              ),
            };
          }
          if (pins.strength) expect(rel.strength).toBe(s.strength);
          if (pins.trust) expect(rel.trust).toBe(s.trust);
          if (pins.kind) expect(rel.kind).toBe('other');
          else expect(rel.kind).toBe(newKind);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('records the deltas that really happened and the values after each entry', () => {
    const rel = fresh(0.9, 0.95);
    const next = applyLedgerChange(
      rel,
      { cause: 'chat', reason: 'they grow closer', dStrength: 0.5, dTrust: 0.5 },
      AT,
    );
    expect(next.strength).toBe(1);
    expect(next.trust).toBe(1);
    expect(next.history).toEqual([
      expect.objectContaining({
        cause: 'chat',
        reason: 'they grow closer',
        dStrength: 0.1,
        dTrust: 0.05,
        strength: 1,
        trust: 1,
      }),
    ]);
  });

  it('folds the oldest entries once the ledger is full', () => {
    let rel = fresh(0, 0.5);
    for (let i = 0; i < LEDGER_LIMIT + 10; i++)
      rel = {
        ...rel,
        ...applyLedgerChange(rel, { cause: 'simulation', reason: `step ${i}`, dStrength: 0.0001 }, AT),
      };
    expect(rel.history).toHaveLength(LEDGER_LIMIT);
    expect(rel.history[0]!.reason).toMatch(/earlier changes folded/);
    expect(rel.history.at(-1)!.reason).toBe(`step ${LEDGER_LIMIT + 9}`);
  });
});

describe('relationship dynamics', () => {
  const calm: Personality = {
    openness: 0.5,
    conscientiousness: 0.5,
    extraversion: 0.5,
    agreeableness: 0.5,
    neuroticism: 0.1,
  };
  const anxious: Personality = { ...calm, neuroticism: 0.9 };
  const betrayal = (receiver: Personality) =>
    interactionDeltas({
      type: 'betrayal',
      intensity: 0.8,
      actor: { name: 'Tom' },
      receiver: { name: 'Sarah', personality: receiver },
      current: { strength: 0.5, trust: 0.7 },
    });

  it('a betrayal lowers trust more for a high-neuroticism character than for a low one', () => {
    const high = betrayal(anxious);
    const low = betrayal(calm);
    expect(high.dTrust).toBeLessThan(low.dTrust);
    expect(low.dTrust).toBeLessThan(0);
    expect(high.reason).toMatch(/Tom strongly betrayed Sarah: Sarah is anxious and takes it hard/);
    expect(low.reason).toMatch(/steady/);
  });

  it('holds for every other personality too (property)', () => {
    fc.assert(
      fc.property(personality, fc.double({ min: 0, max: 0.45, noNaN: true }), unit, (p, lowN, intensity) => {
        const run = (n: number) =>
          interactionDeltas({
            type: 'betrayal',
            intensity,
            actor: { name: 'T' },
            receiver: { name: 'S', personality: { ...p, neuroticism: n } },
            current: { strength: 0, trust: 0.6 },
          }).dTrust;
        expect(run(lowN + 0.5)).toBeLessThan(run(lowN));
      }),
    );
  });

  it('warm interactions raise and hostile ones lower the relationship', () => {
    const at = (type: 'help' | 'threat') =>
      interactionDeltas({
        type,
        intensity: 0.5,
        actor: { name: 'A' },
        receiver: { name: 'B' },
        current: { strength: 0, trust: 0.5 },
      });
    expect(at('help').dStrength).toBeGreaterThan(0);
    expect(at('help').dTrust).toBeGreaterThan(0);
    expect(at('threat').dStrength).toBeLessThan(0);
    expect(at('threat').dTrust).toBeLessThan(0);
  });

  it('feelings settle back to rest with story time', () => {
    const rest = restingEmotions(calm);
    const upset = { ...rest, anger: 0.95 };
    const later = decayEmotions(upset, 3, calm);
    expect(later.anger).toBeLessThan(0.95);
    expect(later.anger).toBeGreaterThan(rest.anger);
    expect(decayEmotions(upset, 60, calm).anger).toBeCloseTo(rest.anger, 3);
  });
});
