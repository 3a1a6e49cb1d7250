// Resolves a kind (+ optional config) into its ordered steps, each with the named guards that gate it.
import type { ProjectKind } from '../../src-preload/contract/entities';
import type { WorkflowStepId } from '../../src-preload/contract/project';
import type { KindConfig, WorkflowConfig } from './config';
import { KIND_WORKFLOWS } from './kinds';
import { GUARD_SPECS, MASTER_ORDER, STEP_TEXT, masterIndex } from './steps';
import { GUARD_IDS, type GuardId, type StepDescriptor, type Thresholds } from './types';

/** A kind's workflow after applying the configuration. */
export interface ResolvedWorkflow {
  kind: ProjectKind;
  steps: StepDescriptor[];
  thresholds: Thresholds;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Built-in kind → `all` → `kinds[kind]`: later layers win; skip/add accumulate in that order. */
function layers(kind: ProjectKind, config: WorkflowConfig | undefined): KindConfig[] {
  return [config?.all, config?.kinds?.[kind]].filter((layer): layer is KindConfig => layer !== undefined);
}

/** The step a guard gates in this kind, or undefined when the guard does not apply to it. */
function gateIn(guard: GuardId, present: ReadonlySet<WorkflowStepId>): WorkflowStepId | undefined {
  const spec = GUARD_SPECS[guard];
  if (!present.has(spec.producer)) return undefined;
  if (present.has(spec.gate)) return spec.gate;
  if (!spec.carry) return undefined;
  // The gate is skipped: the guard moves on to the next step that remains.
  return MASTER_ORDER.slice(masterIndex(spec.gate) + 1).find((step) => present.has(step));
}

/** Ordered steps of a kind with their titles, descriptions and own guards, after the configuration. */
export function resolveWorkflow(kind: ProjectKind, config?: WorkflowConfig): ResolvedWorkflow {
  const builtIn = KIND_WORKFLOWS[kind];
  const skipped = new Set<WorkflowStepId>(builtIn.skip);
  let titles = { ...builtIn.titles };
  let descriptions = { ...builtIn.descriptions };
  let thresholds = { ...builtIn.thresholds };
  for (const layer of layers(kind, config)) {
    for (const step of layer.add ?? []) skipped.delete(step);
    for (const step of layer.skip ?? []) skipped.add(step);
    titles = { ...titles, ...definedOnly(layer.titles) };
    descriptions = { ...descriptions, ...definedOnly(layer.descriptions) };
    thresholds = { ...thresholds, ...definedOnly(layer.thresholds) };
  }
  skipped.delete('concept');
  const ids = MASTER_ORDER.filter((step) => !skipped.has(step));
  const present = new Set(ids);
  const steps = ids.map((id): StepDescriptor => ({
    id,
    title: titles[id] ?? STEP_TEXT[id].title,
    description: descriptions[id] ?? STEP_TEXT[id].description,
    guards: GUARD_IDS.filter((guard) => gateIn(guard, present) === id),
  }));
  return { kind, steps, thresholds };
}

/** Index of a step in a resolved workflow, -1 when the kind does not have it. */
export const stepIndex = (workflow: ResolvedWorkflow, step: WorkflowStepId): number =>
  workflow.steps.findIndex((s) => s.id === step);

/**
 * Where the project stands, as a position in `workflow.steps`. A current step the kind does not
 * have (the configuration changed since) sits half-way after the last step before it in the
 * master order: steps after it are ahead, that step and earlier ones are behind.
 */
export function positionOf(workflow: ResolvedWorkflow, current: WorkflowStepId): number {
  const exact = stepIndex(workflow, current);
  if (exact >= 0) return exact;
  const at = masterIndex(current);
  let index = -1;
  workflow.steps.forEach((step, i) => {
    if (masterIndex(step.id) < at) index = i;
  });
  return index + 0.5;
}
