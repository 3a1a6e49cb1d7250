// The story-time scrubber: steps through the ledger in story order (scene by scene), with play/pause.
import type { TimelineStep } from '../../lib/relationship-timeline';

interface Props {
  timeline: readonly TimelineStep[];
  position: number;
  onChange: (position: number) => void;
  playing: boolean;
  onPlay: (playing: boolean) => void;
  sceneNumber: (sceneId: string) => number | undefined;
}

/** Where in the story a step sits, in words. */
export function stepLabel(step: TimelineStep, sceneNumber: (sceneId: string) => number | undefined): string {
  const scene = step.sceneId ? sceneNumber(step.sceneId) : undefined;
  if (scene !== undefined) return `scene ${scene}`;
  if (step.storyOrder === undefined) return 'an edit outside story time';
  if (step.storyOrder <= 0) return 'the story’s start';
  return Number.isInteger(step.storyOrder)
    ? `scene ${step.storyOrder}`
    : `after scene ${Math.floor(step.storyOrder)}`;
}

function describe(props: Props): string {
  const { timeline, position, sceneNumber } = props;
  const total = timeline.reduce((n, s) => n + s.points.length, 0);
  if (position >= timeline.length) return `Now (${total} interactions, ${timeline.length} story steps)`;
  if (position === 0) return 'Before any interaction';
  const step = timeline[position - 1]!;
  const last = step.points.at(-1)!;
  const count = step.points.length;
  return `Step ${position} of ${timeline.length}, ${stepLabel(step, sceneNumber)}${count > 1 ? ` (${count} interactions)` : ''}: ${last.reason}`;
}

export function TimeScrubber(props: Props) {
  const { timeline, position, onChange, playing, onPlay } = props;
  if (timeline.length === 0)
    return (
      <p className="muted scrubber-note">
        No interactions recorded yet: chat edits, simulated scenes and imports add them to story time.
      </p>
    );
  const text = describe(props);
  return (
    <div className="scrubber">
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        onClick={() => {
          // Play from the start when the scrubber already stands at "now".
          if (!playing && position >= timeline.length) onChange(0);
          onPlay(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <label htmlFor="story-time">Story time</label>
      <input
        id="story-time"
        type="range"
        min={0}
        max={timeline.length}
        step={1}
        value={position}
        aria-valuetext={text}
        onChange={(e) => {
          onPlay(false);
          onChange(Number(e.target.value));
        }}
      />
      <output htmlFor="story-time" className="muted">
        {text}
      </output>
    </div>
  );
}
