// One chat message: who said it, the text (streaming messages show a cursor), and its status.
import type { ChatMessageView } from '../../stores/chat-slice';

const WHO: Record<ChatMessageView['role'], string> = { user: 'You', assistant: 'Storyloom', system: 'Notice' };

export function ChatMessage({ message }: { message: ChatMessageView }) {
  return (
    <article className={`message ${message.role} ${message.status}`} aria-label={`${WHO[message.role]} said`}>
      <header className="message-who">{WHO[message.role]}</header>
      <p className="message-text">
        {message.content}
        {message.status === 'streaming' && <span className="cursor" aria-hidden="true" />}
      </p>
    </article>
  );
}
