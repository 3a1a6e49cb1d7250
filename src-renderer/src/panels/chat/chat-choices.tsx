// Follow-ups under a message or a run: a suggestion fills the message box (the user sends it); a run control acts.
import type { Choice } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { selectChatSending, selectProposeMessage, selectSendMessage } from '../../stores/chat-selectors';
import { selectWritable } from '../../stores/project-selectors';

export function ChatChoices({
  choices,
  label = 'Suggested next steps',
  acts = false,
}: {
  choices: readonly Choice[];
  label?: string;
  /**
   * Run controls ("Approve the scenes", "Regenerate the storyboard") act when clicked; suggestions
   * ("Create a character") never do: they only fill the message box, so nothing happens without asking.
   */
  acts?: boolean;
}) {
  const sendMessage = useAppStore(selectSendMessage);
  const proposeMessage = useAppStore(selectProposeMessage);
  const sending = useAppStore(selectChatSending);
  const writable = useAppStore(selectWritable);
  if (choices.length === 0) return null;
  return (
    <div role="group" aria-label={label} className="choices">
      {choices.map((choice) => (
        <button
          key={`${choice.label}|${choice.command}`}
          type="button"
          className="choice"
          title={acts ? `Send “${choice.command}”` : `Put “${choice.command}” in the message box`}
          disabled={(acts && sending) || !writable}
          onClick={() => (acts ? void sendMessage(choice.command) : proposeMessage(choice.command))}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
