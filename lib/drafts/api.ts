// HTTP calls of the drafts API from the browser, with every answer parsed against the shared protocol.
// Network failures throw TypeError (offline); refusals and malformed answers throw HttpError.
import type * as z from "zod/mini";
import type { AnswerChange } from "./model";
import {
  RESUME_URL,
  changesResponse,
  draftAnswersUrl,
  draftUrl,
  registerResponse,
  resumeResponse,
  type ChangesResponse,
  type RegisterResponse,
  type ResumeResponse,
} from "./protocol";

export interface Refusal {
  error?: string;
  requestId?: string;
  problems?: Array<{ question: string; error: string }>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Refusal,
  ) {
    super(`HTTP ${status} ${body.error ?? ""}`);
  }

  /** Storage down, too many requests or a proxy's gateway error: worth trying again later. The rest is not. */
  get retryable(): boolean {
    return this.status === 503 || this.status === 429 || this.status === 502 || this.status === 504;
  }
}

function isProblem(problem: unknown): problem is { question: string; error: string } {
  const { question, error } = (problem ?? {}) as Record<string, unknown>;
  return typeof question === "string" && typeof error === "string";
}

function refusalOf(body: unknown): Refusal {
  if (typeof body !== "object" || body === null) return {};
  const { error, requestId, problems } = body as Record<string, unknown>;
  return {
    error: typeof error === "string" ? error : undefined,
    requestId: typeof requestId === "string" ? requestId : undefined,
    problems: Array.isArray(problems) ? (problems as unknown[]).filter(isProblem) : undefined,
  };
}

/** Calls the API and parses the answer with `schema`; a refusal or an answer of the wrong shape is an HttpError. */
export async function call<S extends z.ZodMiniType>(schema: S, url: string, init: RequestInit): Promise<z.infer<S>> {
  const response = await fetch(url, { ...init, headers: { "Content-Type": "application/json", ...init.headers }, cache: "no-store" });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new HttpError(response.status, refusalOf(body));
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(502, { error: "unexpected-answer" });
  return parsed.data;
}

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

const DEVICE_KEY = "relais-device";

/** A random id for this browser (not the person), so the answer log can say "from another device". */
function deviceId(): string {
  try {
    let id = localStorage.getItem(DEVICE_KEY);
    if (!id) {
      id = crypto.randomUUID().replace(/-/g, "");
      localStorage.setItem(DEVICE_KEY, id);
    }
    return id;
  } catch {
    // No storage (server render, or site data blocked): the log says "unknown device".
    return "unknown-device";
  }
}

export interface DraftsApi {
  register(draftId: string, token: string): Promise<RegisterResponse>;
  /** Sends committed changes with the revision this device has seen; answers with what changed since. */
  push(draftId: string, token: string, baseRevision: number, changes: AnswerChange[]): Promise<ChangesResponse>;
  /** What changed on the server since `since` (another device, a helper). */
  pull(draftId: string, token: string, since: number): Promise<ChangesResponse>;
  resume(code: string): Promise<ResumeResponse>;
  /** Deletes the draft on the server with everything hanging from it (the person asked). */
  remove(draftId: string, token: string): Promise<void>;
}

export const httpDraftsApi: DraftsApi = {
  register: (draftId, token) => call(registerResponse, draftUrl(draftId), { method: "PUT", body: JSON.stringify({ token }) }),
  push: (draftId, token, baseRevision, changes) =>
    call(changesResponse, draftAnswersUrl(draftId), {
      method: "POST",
      headers: auth(token),
      body: JSON.stringify({ baseRevision, changes, device: deviceId() }),
    }),
  pull: (draftId, token, since) => call(changesResponse, `${draftUrl(draftId)}?since=${since}`, { method: "GET", headers: auth(token) }),
  resume: (code) => call(resumeResponse, RESUME_URL, { method: "POST", body: JSON.stringify({ code }) }),
  remove: async (draftId, token) => {
    const response = await fetch(draftUrl(draftId), { method: "DELETE", headers: auth(token), cache: "no-store" });
    // Already gone (deleted from another device, or past its retention) is what the person asked for.
    if (response.ok || response.status === 404) return;
    throw new HttpError(response.status, refusalOf(await response.json().catch(() => undefined)));
  },
};
