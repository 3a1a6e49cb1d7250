// Chat panel: conversations menu, history search, the virtualized conversation, the run timeline, scene controls, run status and input.
import { VirtualList } from '../../components/virtual-list';
import { useAppStore } from '../../stores/use-app-store';
import { selectChatSending, selectMessages } from '../../stores/chat-selectors';
import { selectChatLoading, selectChatSearchActive } from '../../stores/chat-sessions-selectors';
import { ChatInput } from './chat-input';
import { ChatMessage } from './chat-message';
import { ChatSearchBox, ChatSearchResults } from './chat-search';
import { ChatSessionsMenu } from './chat-sessions-menu';
import { RunStatus } from './run-status';
import { SceneControls } from './scene-controls';
import { RunTimeline } from './run-timeline';
import './chat.css';
import './run-timeline.css';

function Conversation() {
  const messages = useAppStore(selectMessages);
  const loading = useAppStore(selectChatLoading);
  if (messages.length === 0) {
    return (
      <div className="empty chat-empty">
        {loading ? (
          <p>Loading the conversation…</p>
        ) : (
          <>
            <p>Tell Storyloom what you are making.</p>
            <p className="muted">
              “Create a character named Maya, 31, a pilot” · “The logline is …” · “Create a location called
              the harbour”
            </p>
          </>
        )}
      </div>
    );
  }
  // Choices stay live until the user says something new: older ones answer questions that have moved on.
  const lastUser = messages.findLastIndex((m) => m.role === 'user');
  return (
    <VirtualList
      items={messages}
      label="Conversation"
      getKey={(m) => m.id}
      estimateSize={72}
      followEnd
      className="message-list"
      renderItem={(m, i) => <ChatMessage message={m} live={i > lastUser} />}
    />
  );
}

export function ChatPanel() {
  const searching = useAppStore(selectChatSearchActive);
  const sending = useAppStore(selectChatSending);
  return (
    <section aria-label="Chat" className="panel chat-panel" aria-busy={sending}>
      <div className="chat-head">
        <h2 className="panel-title">Chat</h2>
        <ChatSearchBox />
        <ChatSessionsMenu />
      </div>
      {searching ? <ChatSearchResults /> : <Conversation />}
      <RunTimeline />
      <SceneControls />
      <RunStatus />
      <ChatInput />
    </section>
  );
}
