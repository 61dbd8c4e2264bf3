import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AuthorizationsReply } from '../../shared/authorizations-protocol';
import { loadAuthorizations, type ListLoad } from './authorizations-client';

/** `remembered`: the list the providers last gave, shown (and usable) until the live one replaces it. */
export type Load = { status: 'loading' } | ListLoad | { status: 'remembered'; reply: AuthorizationsReply };

export interface LiveList {
  readonly load: Load;
  /** When the popup was opened before this opening: "new since last time" holds for as long as the popup lives. */
  readonly seenBefore: number | null;
  /** The first live reply of this opening, once it has come. */
  readonly firstReply: AuthorizationsReply | null;
  /**
   * Asks the providers again; `markSeen` when no live list has come yet (a retry after the first failed). Resolves
   * to the reply, or null when it failed or the popup has gone.
   */
  readonly reload: (markSeen: boolean) => Promise<AuthorizationsReply | null>;
}

/**
 * The grant list's life in the popup: the remembered list at once, then the first live list (which marks this
 * opening as seen), then reloads on request. Answers that arrive after the popup has gone are dropped.
 */
export function useLiveList(
  initial: Promise<ListLoad> | undefined,
  remembered: Promise<AuthorizationsReply | null> | undefined,
): LiveList {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [seenBefore, setSeenBefore] = useState<number | null>(null);
  const [firstReply, setFirstReply] = useState<AuthorizationsReply | null>(null);
  // Whether the popup is still open, for answers that arrive later; it never renders, so it is not state.
  const open = useRef(true);

  const show = useCallback(
    async (request: Promise<ListLoad>, markSeen: boolean): Promise<AuthorizationsReply | null> => {
      const loaded = await request;
      if (!open.current) return null;
      setLoad(loaded);
      if (loaded.status !== 'ready') return null;
      if (markSeen) {
        setSeenBefore(loaded.reply.seenBefore);
        setFirstReply(loaded.reply);
      }
      return loaded.reply;
    },
    [],
  );

  const reload = useCallback((markSeen: boolean) => show(loadAuthorizations(markSeen), markSeen), [show]);

  useEffect(() => {
    open.current = true;
    let answered = false;
    void remembered?.then((reply) => {
      // The live answer, whatever it says (even signed out), always wins over the remembered list.
      if (!open.current || answered || !reply) return;
      setSeenBefore(reply.seenBefore);
      setLoad({ status: 'remembered', reply });
    });
    const live = (initial ?? loadAuthorizations(true)).then((loaded) => {
      answered = true;
      return loaded;
    });
    void show(live, true);
    return () => {
      open.current = false;
    };
  }, [initial, remembered, show]);

  return { load, seenBefore, firstReply, reload };
}
