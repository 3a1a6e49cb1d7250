// The story-time scrubber: a range over every relationship interaction, from "before anything" to "now".
import type { TimelinePoint } from '../../lib/relationship-timeline';

interface Props {
  timeline: readonly TimelinePoint[];
  position: number;
  onChange: (position: number) => void;
  sceneNumber: (sceneId: string) => number | undefined;
}

export function TimeScrubber({ timeline, position, onChange, sceneNumber }: Props) {
  if (timeline.length === 0)
    return (
      <p className="muted scrubber-note">No interactions recorded yet, so there is no story time to scrub.</p>
    );
  const point = position > 0 ? timeline[position - 1] : undefined;
  const scene = point?.sceneId ? sceneNumber(point.sceneId) : undefined;
  const text =
    position >= timeline.length
      ? `Now (${timeline.length} interactions)`
      : position === 0
        ? 'Before any interaction'
        : `After interaction ${position} of ${timeline.length}${scene !== undefined ? `, scene ${scene}` : ''}: ${point?.reason ?? ''}`;
  return (
    <div className="scrubber">
      <label htmlFor="story-time">Story time</label>
      <input
        id="story-time"
        type="range"
        min={0}
        max={timeline.length}
        step={1}
        value={position}
        aria-valuetext={text}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor="story-time" className="muted">
        {text}
      </output>
    </div>
  );
}
