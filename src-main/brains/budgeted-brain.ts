// A brain whose every call counts against one spending cap: the gate rides along with each call's options.
import type { Brain, BrainCall, BudgetGate } from './brain';

/**
 * Wraps a brain so that every call — whichever node or stage makes it, now or later — reserves its
 * estimated cost with `gate` before it goes out. The offline engine costs nothing and is returned as is.
 */
export function withBudget(brain: Brain, gate: BudgetGate): Brain {
  if (brain.id === 'offline') return brain;
  const add = (call?: BrainCall): BrainCall => ({ ...call, budget: gate });
  return {
    id: brain.id,
    understand: (text, context, call) => brain.understand(text, context, add(call)),
    extract: (text, context, call) => brain.extract(text, context, add(call)),
    reply: (system, user, fallback, call) => brain.reply(system, user, fallback, add(call)),
    structured: (request, call) => brain.structured(request, add(call)),
    ...(brain.estimateCallUsd ? { estimateCallUsd: brain.estimateCallUsd.bind(brain) } : {}),
  };
}
