// HTTP calls of the drafts API from the browser. Network failures throw TypeError (offline); refusals HttpError.
import type { Entries } from "./model";
import { RESUME_URL, draftAnswersUrl, draftUrl, type RegisterResponse, type ResumeResponse } from "./protocol";
import type { AnswerChange } from "./model";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; problems?: Array<{ question: string; error: string }> },
  ) {
    super(`HTTP ${status} ${body.error ?? ""}`);
  }
}

export async function call<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { "Content-Type": "application/json", ...init.headers }, cache: "no-store" });
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new HttpError(response.status, body);
  return body;
}

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

const DEVICE_KEY = "relais-device";

/** A random id for this browser (not the person), so the answer log can say "from another device". */
export function deviceId(): string {
  if (typeof localStorage === "undefined") return "server";
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = crypto.randomUUID().replace(/-/g, "");
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

export interface DraftsApi {
  register(draftId: string, token: string): Promise<RegisterResponse>;
  push(draftId: string, token: string, changes: AnswerChange[]): Promise<Entries>;
  resume(code: string): Promise<ResumeResponse>;
}

export const httpDraftsApi: DraftsApi = {
  register: (draftId, token) => call<RegisterResponse>(draftUrl(draftId), { method: "PUT", body: JSON.stringify({ token }) }),
  push: async (draftId, token, changes) =>
    (await call<{ entries: Entries }>(draftAnswersUrl(draftId), { method: "POST", headers: auth(token), body: JSON.stringify({ changes, device: deviceId() }) }))
      .entries,
  resume: (code) => call<ResumeResponse>(RESUME_URL, { method: "POST", body: JSON.stringify({ code }) }),
};
