// Open event streams per token on this instance: a few tabs are fine, a runaway client is not.
import "server-only";
import { hashSecret } from "./crypto";

const MAX_STREAMS_PER_TOKEN = 3;

// Route handlers are separate bundles and dev reloads reset modules: the counts live on globalThis.
const holder = globalThis as typeof globalThis & { __relaisStreams?: Map<string, number> };
const open = (holder.__relaisStreams ??= new Map<string, number>());

/**
 * Counts one more stream for the token, or returns null when it already has the most allowed. The release
 * function may be called from every way a stream ends (close, abort, cancel): only the first call counts.
 */
export function acquireStream(token: string): (() => void) | null {
  // Keyed by the hash, so the map holds no secret a heap dump could reveal.
  const key = hashSecret(token);
  const count = open.get(key) ?? 0;
  if (count >= MAX_STREAMS_PER_TOKEN) return null;
  open.set(key, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (open.get(key) ?? 1) - 1;
    if (left > 0) open.set(key, left);
    else open.delete(key);
  };
}
