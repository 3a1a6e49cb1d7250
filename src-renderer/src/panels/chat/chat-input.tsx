// The message box: Enter sends, Shift+Enter adds a line; waits (keeping the draft) while a turn is running.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useAppStore } from '../../stores/use-app-store';
import { selectChatDraft, selectChatSending, selectSendMessage } from '../../stores/chat-selectors';
import { selectReadOnly } from '../../stores/project-selectors';

export function ChatInput() {
  const sendMessage = useAppStore(selectSendMessage);
  const sending = useAppStore(selectChatSending);
  const readOnly = useAppStore(selectReadOnly);
  const [text, setText] = useState('');
  const draft = useAppStore(selectChatDraft);
  const box = useRef<HTMLTextAreaElement>(null);

  // A clicked suggestion lands here for the user to read, edit and send (it never sends itself). The text is
  // adopted while rendering (React's "adjust state on a prop change"); focusing the box is the effect.
  const [adopted, setAdopted] = useState(draft?.request);
  if (draft && draft.request !== adopted) {
    setAdopted(draft.request);
    setText(draft.text);
  }
  useEffect(() => {
    const el = box.current;
    if (!draft || !el) return;
    el.focus();
    el.setSelectionRange(draft.text.length, draft.text.length);
  }, [draft]);

  const send = async () => {
    const value = text.trim();
    if (!value || sending || readOnly) return;
    setText('');
    await sendMessage(value);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form className="chat-input" onSubmit={onSubmit} aria-label="Send a message">
      <label className="visually-hidden" htmlFor="chat-message">
        Chat message
      </label>
      <textarea
        id="chat-message"
        ref={box}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        rows={2}
        maxLength={200_000}
        readOnly={readOnly}
        placeholder={
          readOnly
            ? 'This project is open read-only.'
            : 'Describe an idea, or ask for a change… (Enter to send, Shift+Enter for a new line)'
        }
      />
      <button type="submit" className="primary" disabled={sending || readOnly || text.trim() === ''}>
        Send
      </button>
    </form>
  );
}
