// Reading request bodies defensively: size limit first, then JSON, each failure a 4xx with a reason.
import "server-only";

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

import { errorFields, getDb, isConnectionError, type Db } from "./db";

export const problem = (status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store", ...headers } });

/**
 * Runs work against the database. A database that cannot be opened or reached answers 503 "try again" (the
 * device keeps the change and retries); any other failure is a bug: 500 with an id to find its log line.
 */
export async function withDb(work: (db: Db) => Promise<Response>): Promise<Response> {
  try {
    return await work(await getDb());
  } catch (error) {
    // Only the kind of failure is logged: messages and values can hold answers or personal data.
    const { name, code } = errorFields(error);
    if (isConnectionError(error)) {
      console.error(`storage-unavailable name=${name} code=${code}`);
      return problem(503, "storage-unavailable", {}, { "Retry-After": "5" });
    }
    const requestId = crypto.randomUUID();
    console.error(`internal-error requestId=${requestId} name=${name} code=${code}`);
    return problem(500, "internal-error", { requestId });
  }
}

/**
 * `application/json`, with parameters (`; charset=utf-8`) or not, and nothing else: a page on another site can
 * send `text/plain` (or `text/plain; x=application/json`) without a CORS preflight, never `application/json`.
 */
export function isJsonContentType(header: string | null): boolean {
  const [essence = ""] = (header ?? "").split(";", 1);
  return essence.trim().toLowerCase() === "application/json";
}

export async function readJson(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: problem(413, "payload-too-large", { maxBytes }) };
  if (!isJsonContentType(request.headers.get("content-type"))) {
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
