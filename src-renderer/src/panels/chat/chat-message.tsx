// One chat bubble: who said it, the text with entity chips (streaming shows a cursor), an error with its remedy, choices.
import { formatDate, plural } from '../../lib/format';
import { formatUsd } from '../../lib/run-usage';
import type { ChatMessageView } from '../../stores/chat-slice';
import { ChatChoices } from './chat-choices';
import { MessageContent } from './message-content';

const WHO: Record<ChatMessageView['role'], string> = {
  user: 'You',
  assistant: 'Storyloom',
  system: 'Notice',
};
const STATUS_NOTE: Partial<Record<ChatMessageView['status'], string>> = {
  pending: 'sending…',
  failed: 'not delivered',
  cancelled: 'cancelled',
};

export function ChatMessage({ message, live }: { message: ChatMessageView; live: boolean }) {
  const note =
    message.role === 'user' || message.status === 'cancelled' ? STATUS_NOTE[message.status] : undefined;
  // A failed turn shows its error (message + remedy) instead of the reply text that repeats it.
  const showError = message.error && message.status === 'failed';
  return (
    <article className={`message ${message.role} ${message.status}`} aria-label={`${WHO[message.role]} said`}>
      <header className="message-who">
        {WHO[message.role]}
        {message.at && <time dateTime={message.at}> · {formatDate(message.at)}</time>}
        {note && <span className="message-note"> · {note}</span>}
      </header>
      {showError ? (
        <div className="message-error" data-code={message.error!.code}>
          <p className="message-text">
            <strong>{message.error!.message}</strong>
          </p>
          {message.error!.remedy && <p className="remedy">{message.error!.remedy}</p>}
        </div>
      ) : (
        <p className="message-text">
          <MessageContent content={message.content} />
          {message.status === 'streaming' && <span className="cursor" aria-hidden="true" />}
        </p>
      )}
      {message.notices && (
        <ul className="message-notices" aria-label="Notices">
          {message.notices.map((notice, i) => (
            <li key={i} role="note">
              {notice}
            </li>
          ))}
        </ul>
      )}
      {message.usage && (
        <p className="message-usage muted">
          {plural(message.usage.calls, 'model call')} · ~{formatUsd(message.usage.costUsd)}
        </p>
      )}
      {message.choices && (live || showError) && <ChatChoices choices={message.choices} />}
    </article>
  );
}
