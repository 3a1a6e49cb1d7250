// Terminal progress for long CLI work: agent events drawn on stderr (only on a terminal, never in --json stdout).
import type { AgentEvent } from '../../src-preload/contract/events';
import type { CliIo } from './cli-types';

export function agentProgressPrinter(io: CliIo, quiet: boolean): (event: AgentEvent) => void {
  if (quiet || !io.isTty) return () => undefined;
  return (event) => {
    switch (event.type) {
      case 'stage_started':
        io.stderr(`▶ ${event.stage}`);
        break;
      case 'stage_progress': {
        const width = 24;
        const filled = Math.round((event.done / Math.max(1, event.total)) * width);
        io.stderr(
          `  [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${event.done}/${event.total} ${event.stage}`,
        );
        break;
      }
      case 'warning':
        io.stderr(`  ! ${event.message}`);
        break;
      case 'error':
        io.stderr(`  ✖ ${event.message}`);
        break;
      case 'simulation_turn':
        io.stderr(`  ${event.turn.speaker}: ${event.turn.text}`);
        break;
      case 'stage_finished':
      case 'run_started':
      case 'run_finished':
      case 'tokens':
      case 'entity_created':
      case 'entity_updated':
      case 'choice_offered':
        break;
    }
  };
}
