// Reading request bodies defensively: size limit first, then JSON, each failure a 4xx with a reason.
import "server-only";

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

export const problem = (status: number, error: string, extra: Record<string, unknown> = {}) =>
  Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });

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
