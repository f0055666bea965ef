// Reading request bodies defensively: size limit first, then JSON, each failure a 4xx with a reason.
import "server-only";

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

import { getDb, type Db } from "./db";

export const problem = (status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** Runs work against the database; if storage fails the answer is 503 "try again", never 500. */
export async function withDb(work: (db: Db) => Promise<Response>): Promise<Response> {
  try {
    return await work(await getDb());
  } catch (error) {
    // Never request contents in the log: only the kind of failure.
    console.error("storage failed:", error instanceof Error ? error.name : "unknown");
    return problem(503, "storage-unavailable", {}, { "Retry-After": "5" });
  }
}

export async function readJson(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: problem(413, "payload-too-large", { maxBytes }) };
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return { ok: false, response: problem(415, "expected-json") };
  }
  // The header can lie or be absent (chunked): count while reading and stop at the limit.
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, response: problem(413, "payload-too-large", { maxBytes }) };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, response: problem(400, "malformed-json") };
  }
}
