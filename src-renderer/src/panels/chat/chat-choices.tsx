// One-click follow-ups under a message: each choice sends its command through the chat as if typed.
import type { Choice } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';

export function ChatChoices({
  choices,
  label = 'Suggested next steps',
}: {
  choices: readonly Choice[];
  label?: string;
}) {
  const sendMessage = useAppStore((s) => s.sendMessage);
  const sending = useAppStore((s) => s.chatSending);
  const writable = useAppStore((s) => s.snapshot !== null && !s.snapshot.readOnly);
  if (choices.length === 0) return null;
  return (
    <div role="group" aria-label={label} className="choices">
      {choices.map((choice) => (
        <button
          key={`${choice.label}|${choice.command}`}
          type="button"
          className="choice"
          title={`Send “${choice.command}”`}
          disabled={sending || !writable}
          onClick={() => void sendMessage(choice.command)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
