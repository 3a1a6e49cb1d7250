// Animatic: plays the frames in script order, each for its shot's duration; play/pause, step, the current frame lit.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scene, Shot } from '../../contract';
import { useEntities } from '../use-project-data';
import { FrameSketch } from './frame-sketch';

/** How long a shot with no duration holds the screen (seconds). */
const DEFAULT_SEC = 3;

interface Frame {
  shot: Shot;
  name: string;
  /** Seconds this frame holds, and when it starts in the reel. */
  seconds: number;
  startSec: number;
}

/** The reel: every shot of every scene in order, with start times. */
function reelOf(scenes: readonly Scene[], shots: readonly Shot[]): Frame[] {
  const order = new Map(scenes.map((s, i) => [s.id, i]));
  const number = new Map(scenes.map((s) => [s.id, s.number]));
  let start = 0;
  return shots
    .filter((s) => order.has(s.sceneId))
    .sort((a, b) => order.get(a.sceneId)! - order.get(b.sceneId)! || a.number - b.number)
    .map((shot) => {
      const seconds = shot.durationSec && shot.durationSec > 0 ? shot.durationSec : DEFAULT_SEC;
      const frame = { shot, name: `${number.get(shot.sceneId)}.${shot.number}`, seconds, startSec: start };
      start += seconds;
      return frame;
    });
}

const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

export function AnimaticView({ scenes }: { scenes: readonly Scene[] }) {
  const entities = useEntities();
  const reel = useMemo(() => reelOf(scenes, entities.shots), [scenes, entities.shots]);
  const [at, setAt] = useState(0);
  const [playing, setPlaying] = useState(false);
  const strip = useRef<HTMLOListElement>(null);
  const index = Math.min(at, Math.max(0, reel.length - 1));
  const current = reel[index];
  const total = reel.reduce((sum, f) => sum + f.seconds, 0);

  // Each frame holds for its duration, then the next one shows; the reel stops at its end.
  useEffect(() => {
    if (!playing || !current) return;
    const timer = setTimeout(() => {
      if (index + 1 < reel.length) setAt(index + 1);
      else setPlaying(false);
    }, current.seconds * 1000);
    return () => clearTimeout(timer);
  }, [playing, current, index, reel.length]);

  useEffect(() => {
    strip.current
      ?.querySelector('[aria-current="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [index]);

  if (!current) return <p className="empty">No shots to play yet.</p>;
  return (
    <div className="animatic">
      <div className="animatic-stage">
        <FrameSketch shot={current.shot} />
        <p className="animatic-caption" aria-live="polite">
          Shot {current.name} · {current.seconds} s
          {current.shot.description ? ` — ${current.shot.description}` : ''}
        </p>
      </div>
      <div className="animatic-controls">
        <button type="button" onClick={() => setAt(Math.max(0, index - 1))} disabled={index === 0}>
          Previous
        </button>
        <button
          type="button"
          onClick={() => {
            if (!playing && index === reel.length - 1) setAt(0);
            setPlaying(!playing);
          }}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={() => setAt(Math.min(reel.length - 1, index + 1))}
          disabled={index === reel.length - 1}
        >
          Next
        </button>
        <span className="muted" role="timer" aria-label="Animatic time">
          {clock(current.startSec)} / {clock(total)}
        </span>
      </div>
      <ol ref={strip} className="animatic-strip" aria-label="Animatic frames">
        {reel.map((frame, i) => (
          <li
            key={frame.shot.id}
            aria-current={i === index ? 'true' : undefined}
            className={i === index ? 'current' : ''}
          >
            <button type="button" aria-label={`Play from shot ${frame.name}`} onClick={() => setAt(i)}>
              <span className="animatic-thumb">{frame.name}</span>
              <span className="muted">{frame.seconds} s</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
