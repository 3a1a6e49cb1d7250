// The message box: Enter sends, Shift+Enter adds a line; sending goes through the chat slice.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useAppStore } from '../../stores/use-app-store';

export function ChatInput() {
  const sendMessage = useAppStore((s) => s.sendMessage);
  const sending = useAppStore((s) => s.chatSending);
  const [text, setText] = useState('');

  const send = async () => {
    const value = text.trim();
    if (!value) return;
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
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        rows={2}
        placeholder="Describe an idea, or ask for a change… (Enter to send, Shift+Enter for a new line)"
      />
      <button type="submit" className="primary" disabled={sending || text.trim() === ''}>
        Send
      </button>
    </form>
  );
}
