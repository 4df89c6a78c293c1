import { describe, expect, it } from 'vitest';
import { ConversationStore, type Conversation } from '../src/state';

function conversation(messages: Conversation['messages'] = []): Conversation {
  return { conversationId: 'c1', language: 'de', messages, draft: 'halb getippt', open: true };
}

describe('ConversationStore', () => {
  it('keeps a conversation across a reload', () => {
    const store = new ConversationStore(sessionStorage, 'k1');
    const saved = conversation([{ id: 'u1', role: 'user', text: 'Hallo', language: 'de', status: 'sent' }]);
    store.save(saved);
    expect(new ConversationStore(sessionStorage, 'k1').load()).toEqual(saved);
  });

  it('offers a question that was still being sent at unload for resending', () => {
    const store = new ConversationStore(sessionStorage, 'k2');
    store.save(conversation([{ id: 'u1', role: 'user', text: 'Frage', language: 'de', status: 'sending' }]));
    const loaded = store.load()!;
    expect(loaded.messages[0]).toMatchObject({ status: 'failed', failure: 'offline', text: 'Frage' });
  });

  it('keeps only the latest 100 messages', () => {
    const store = new ConversationStore(sessionStorage, 'k3');
    const many = Array.from({ length: 130 }, (_, i) => ({
      id: `u${i}`,
      role: 'user' as const,
      text: `${i}`,
      language: 'de',
      status: 'sent' as const,
    }));
    store.save(conversation(many));
    const loaded = store.load()!;
    expect(loaded.messages).toHaveLength(100);
    expect(loaded.messages[0].id).toBe('u30');
  });

  it('ignores damaged data and works without storage', () => {
    sessionStorage.setItem('k4', '{not json');
    expect(new ConversationStore(sessionStorage, 'k4').load()).toBeNull();
    const none = new ConversationStore(null, 'k5');
    none.save(conversation());
    expect(none.load()).toBeNull();
  });

  it('survives a storage that refuses to write', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(() => new ConversationStore(full, 'k6').save(conversation())).not.toThrow();
  });
});
