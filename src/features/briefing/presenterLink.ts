// Keeps the audience window and the presenter window on the same slide, without React.
//
// Two transports, both used at once, because neither reaches everywhere: a BroadcastChannel reaches every
// window of the origin (also after either is reloaded) but is missing in some browsers and, where file://
// pages get opaque origins, does not join two files; window.postMessage reaches the window that opened this
// one (`opener`) and the one it opened, from any origin, but only those. Every message carries its sender
// and a sequence number, so one that arrives twice (once by each way) or late is applied once, and never
// after a newer one.

/** "I am showing slide n" (after a local key or click, or on entering), or "a presenter window opened". */
export type LinkMessage = { kind: 'slide'; n: number } | { kind: 'hello' };

const APP = 'ip-atlas-briefing';

interface Envelope {
  app: typeof APP;
  from: string;
  seq: number;
  msg: LinkMessage;
}

/** A window to post to: the opener, the presenter window opened from here, or one that wrote to us. */
export interface Peer {
  postMessage(data: unknown, targetOrigin: string): void;
  readonly closed?: boolean;
}

/** A BroadcastChannel, reduced to what the link uses. */
export interface Channel {
  post(data: unknown): void;
  /** subscribes; returns the unsubscribe */
  listen(fn: (data: unknown) => void): () => void;
  close(): void;
}

export interface LinkEnv {
  /** this window's id, unique among the windows of one presentation */
  id: string;
  /** a BroadcastChannel, or null where the browser has none */
  channel: Channel | null;
  /** this page's origin; "null" or a file: URL means an opaque origin, which postMessage must address as "*" */
  origin: string;
  /** subscribes to the window's "message" events; returns the unsubscribe */
  listen(fn: (e: { data: unknown; origin: string; source: unknown }) => void): () => void;
}

export interface Link {
  send(msg: LinkMessage): void;
  /** posts to this window too (the presenter window just opened, or the opener) */
  addPeer(peer: Peer | null | undefined): void;
  close(): void;
}

export const CHANNEL_NAME = APP;

const isOpaque = (origin: string) => origin === 'null' || origin.startsWith('file:');

function isMessage(m: unknown): m is LinkMessage {
  if (typeof m !== 'object' || m === null) return false;
  const { kind, n } = m as { kind?: unknown; n?: unknown };
  return kind === 'hello' || (kind === 'slide' && typeof n === 'number' && Number.isInteger(n) && n >= 1);
}

function isEnvelope(d: unknown): d is Envelope {
  if (typeof d !== 'object' || d === null) return false;
  const e = d as Partial<Envelope>;
  return e.app === APP && typeof e.from === 'string' && typeof e.seq === 'number' && isMessage(e.msg);
}

const isPeer = (w: unknown): w is Peer =>
  typeof w === 'object' && w !== null && typeof (w as Peer).postMessage === 'function';

export function createLink(env: LinkEnv, onMessage: (m: LinkMessage) => void): Link {
  const peers = new Set<Peer>();
  const latest = new Map<string, number>();
  const target = isOpaque(env.origin) ? '*' : env.origin;
  let seq = 0;

  const receive = (data: unknown, source?: unknown) => {
    if (!isEnvelope(data) || data.from === env.id) return;
    if ((latest.get(data.from) ?? -1) >= data.seq) return; // a copy, or older than one already applied
    latest.set(data.from, data.seq);
    if (isPeer(source)) peers.add(source); // answer by the way it came (e.g. the opener after a reload)
    onMessage(data.msg);
  };

  const unlistenChannel = env.channel?.listen((data) => receive(data));
  const unlisten = env.listen((e) => {
    // Another site's page that holds a reference to this window may post to it: only our own origin
    // counts, or, from an opaque origin (a file opened from disk), another opaque one.
    const ours = isOpaque(env.origin) ? e.origin === 'null' || e.origin.startsWith('file:') : e.origin === env.origin;
    if (ours) receive(e.data, e.source);
  });

  return {
    send(msg) {
      seq += 1;
      const envelope: Envelope = { app: APP, from: env.id, seq, msg };
      env.channel?.post(envelope);
      for (const p of peers) {
        if (p.closed) peers.delete(p);
        else p.postMessage(envelope, target);
      }
    },
    addPeer(peer) {
      if (peer) peers.add(peer);
    },
    close() {
      unlistenChannel?.();
      env.channel?.close();
      unlisten();
      peers.clear();
    },
  };
}

/** The link for this browser window: a BroadcastChannel where there is one, the opener as a peer. */
export function windowLink(onMessage: (m: LinkMessage) => void): Link {
  let bc: BroadcastChannel | null = null;
  try {
    bc = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    bc = null; // refused for this origin: postMessage alone
  }
  const channel: Channel | null = bc && {
    post: (data) => bc.postMessage(data),
    listen(fn) {
      const on = (e: MessageEvent) => fn(e.data);
      bc.addEventListener('message', on);
      return () => bc.removeEventListener('message', on);
    },
    close: () => bc.close(),
  };
  const link = createLink(
    {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
      channel,
      origin: window.location.origin,
      listen(fn) {
        const on = (e: MessageEvent) => fn({ data: e.data, origin: e.origin, source: e.source });
        window.addEventListener('message', on);
        return () => window.removeEventListener('message', on);
      },
    },
    onMessage,
  );
  link.addPeer(window.opener as Peer | null);
  return link;
}

/** "1:02:09" / "02:09": the presenter's elapsed-time clock. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (v: number) => String(v).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const rest = `${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  return h > 0 ? `${h}:${rest}` : rest;
}
