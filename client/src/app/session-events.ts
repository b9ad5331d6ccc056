type Listener = () => void;

const listeners = new Set<Listener>();

/** Listen for the server telling us the session is gone (logged out elsewhere, expired). */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionEnded(): void {
  for (const listener of [...listeners]) listener();
}
