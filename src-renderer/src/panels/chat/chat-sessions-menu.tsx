// The conversations menu: lists the project's chat sessions (switch to one) and starts a new conversation.
import { useEffect, useRef, useState } from 'react';
import { stripMarkers } from '../../lib/entity-markers';
import { formatDate, plural } from '../../lib/format';
import { useAppStore } from '../../stores/use-app-store';
import { selectChatSending, selectSessionId } from '../../stores/chat-selectors';
import {
  selectNewConversation,
  selectOpenSession,
  selectSessions,
} from '../../stores/chat-sessions-selectors';

export function ChatSessionsMenu() {
  const sessions = useAppStore(selectSessions);
  const sessionId = useAppStore(selectSessionId);
  const sending = useAppStore(selectChatSending);
  const openSession = useAppStore(selectOpenSession);
  const newConversation = useAppStore(selectNewConversation);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  // Closes on Escape (focus back on the toggle) and when focus or a click goes elsewhere.
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const choose = (action: () => unknown) => {
    setOpen(false);
    void action();
  };

  return (
    <div
      ref={root}
      className="sessions-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls="chat-sessions"
        onClick={() => setOpen((v) => !v)}
      >
        Conversations
      </button>
      {open && (
        <div id="chat-sessions" className="popover sessions-popover" role="group" aria-label="Conversations">
          <button
            type="button"
            className="primary"
            disabled={sending}
            onClick={() => choose(newConversation)}
          >
            New conversation
          </button>
          {sessions.length === 0 ? (
            <p className="muted">No earlier conversations.</p>
          ) : (
            <ul className="session-list" aria-label="Earlier conversations">
              {sessions.map((session) => (
                <li key={session.id}>
                  <button
                    type="button"
                    className="session-item"
                    aria-current={session.id === sessionId ? 'true' : undefined}
                    disabled={sending}
                    onClick={() => choose(() => openSession(session.id))}
                  >
                    <span className="session-title">{stripMarkers(session.title) || 'New conversation'}</span>
                    <span className="muted">
                      {plural(session.messageCount, 'message')}
                      {session.updatedAt ? ` · ${formatDate(session.updatedAt)}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
