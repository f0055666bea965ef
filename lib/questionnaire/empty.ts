// Whether an answer carries anything: apart from the schemas, so conditions can ask it without building one.

/** True when an answer carries nothing: an optional question left blank. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") {
    if ("jobs" in value && "unsure" in value) {
      const v = value as { jobs: unknown[]; unsure: boolean };
      return v.jobs.length === 0 && !v.unsure;
    }
    return Object.values(value).every((part) => typeof part !== "string" || part.trim() === "");
  }
  return false;
}
