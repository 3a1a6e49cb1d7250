// While a simulated scene plays: its turn count and Pause/Stop (`simulation:interrupt`); once paused: Resume/Stop.
import { useMemo } from 'react';
import { pendingSimulation } from '../../lib/simulation-proposal';
import { useAppStore } from '../../stores/use-app-store';
import { selectChatSending, selectMessages, selectSendMessage } from '../../stores/chat-selectors';
import { selectInterruptScene, selectLiveScene } from '../../stores/simulation-selectors';
import type { LiveScene } from '../../stores/simulation-slice';

const turnsText = (n: number): string => `${n} turn${n === 1 ? '' : 's'}`;

function playingText(live: LiveScene): string {
  const said = turnsText(live.fromIndex + live.turns.length);
  if (live.asked === 'pause') return `Pausing after this line (${said})…`;
  if (live.asked === 'stop') return `Stopping after this line (${said})…`;
  return `Scene playing: ${said}`;
}

function Playing({ live }: { live: LiveScene }) {
  const interrupt = useAppStore(selectInterruptScene);
  return (
    <div className="scene-controls" role="group" aria-label="Simulated scene">
      <span role="status" aria-label="Scene progress">
        {playingText(live)}
      </span>
      <button
        type="button"
        onClick={() => void interrupt('pause')}
        disabled={live.asked !== null}
        title="Pause after the line being spoken; you can resume, step in or stop"
      >
        Pause scene
      </button>
      <button
        type="button"
        onClick={() => void interrupt('stop')}
        disabled={live.asked === 'stop'}
        title="End the scene after the line being spoken; its changes then wait for keep or discard"
      >
        Stop scene
      </button>
    </div>
  );
}

export function SceneControls() {
  const live = useAppStore(selectLiveScene);
  const messages = useAppStore(selectMessages);
  const sending = useAppStore(selectChatSending);
  const send = useAppStore(selectSendMessage);
  const waiting = useMemo(() => pendingSimulation(messages), [messages]);
  if (live) return <Playing live={live} />;
  if (sending || waiting?.status !== 'paused' || !waiting.resume) return null;
  // The same words the chat understands: the buttons send them as a turn of the conversation.
  return (
    <div className="scene-controls" role="group" aria-label="Simulated scene">
      <span role="status" aria-label="Scene progress">
        Scene paused after {turnsText(waiting.turns.length)}
      </span>
      <button type="button" onClick={() => void send('continue')}>
        Resume scene
      </button>
      <button type="button" onClick={() => void send('stop')}>
        Stop scene
      </button>
    </div>
  );
}
