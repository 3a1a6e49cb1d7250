// Chat panel: the virtualized conversation and the message input, wired to the chat slice.
import { VirtualList } from '../../components/virtual-list';
import { useAppStore } from '../../stores/use-app-store';
import { ChatInput } from './chat-input';
import { ChatMessage } from './chat-message';

export function ChatPanel() {
  const messages = useAppStore((s) => s.messages);
  return (
    <section aria-label="Chat" className="panel chat-panel">
      <h2 className="panel-title">Chat</h2>
      {messages.length === 0 ? (
        <div className="empty chat-empty">
          <p>Chat arrives with the conversation feature.</p>
          <p className="muted">Soon you will describe an idea here and the agents will build the project with you.</p>
        </div>
      ) : (
        <VirtualList
          items={messages}
          label="Conversation"
          getKey={(m) => m.id}
          estimateSize={64}
          followEnd
          className="message-list"
          renderItem={(m) => <ChatMessage message={m} />}
        />
      )}
      <ChatInput />
    </section>
  );
}
