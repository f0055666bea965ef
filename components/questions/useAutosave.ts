"use client";
// Writes the answer to the device a moment after each change (well within 300 ms), and commits it — sends it to
// the server — when the person stops typing for a few seconds, hides the page or leaves the question, so a reload,
// a crash or a closed tab loses nothing, and the server (and the answer log) never receive keystrokes.
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { isEmptyAnswer } from "@/lib/questionnaire/schemas";
import type { AnswerValue } from "@/lib/questionnaire/types";
import type * as z from "zod/mini";
import type { FormValues } from "./types";

const AUTOSAVE_DELAY_MS = 200;
/** A pause this long in typing commits the answer: long enough to leave half-typed words out of the log. */
const COMMIT_DELAY_MS = 3_000;

export type AutosaveState = "idle" | "saving" | "saved" | "failed";

/** `commit`: send it to the server; only answers that pass their schema (or empty ones) are ever committed. */
export type AutosaveWrite = (value: AnswerValue | undefined, commit: boolean) => Promise<void>;

export function useAutosave(form: UseFormReturn<FormValues>, schema: z.ZodMiniType, save: AutosaveWrite): AutosaveState {
  const [state, setState] = useState<AutosaveState>("idle");
  // What was typed last, and whether it is on the device yet and on its way to the server yet.
  const typed = useRef<{ value: unknown; written: boolean; committed: boolean } | null>(null);
  const onSave = useEffectEvent(save);
  const onState = useEffectEvent(setState);

  useEffect(() => {
    let writeTimer: ReturnType<typeof setTimeout> | undefined;
    let commitTimer: ReturnType<typeof setTimeout> | undefined;

    const write = (commit: boolean) => {
      const next = typed.current;
      if (!next || (next.written && (!commit || next.committed))) return;
      const empty = isEmptyAnswer(next.value);
      const valid = empty || schema.safeParse(next.value).success;
      next.written = true;
      next.committed = commit || next.committed;
      onState("saving");
      onSave(empty ? undefined : (structuredClone(next.value) as AnswerValue), commit && valid).then(
        () => onState("saved"),
        () => onState("failed"),
      );
    };
    const commitNow = () => {
      clearTimeout(writeTimer);
      clearTimeout(commitTimer);
      write(true);
    };

    const subscription = form.watch((values, { name }) => {
      if (name !== undefined && !name.startsWith("answer")) return;
      typed.current = { value: values.answer, written: false, committed: false };
      clearTimeout(writeTimer);
      clearTimeout(commitTimer);
      writeTimer = setTimeout(() => write(false), AUTOSAVE_DELAY_MS);
      commitTimer = setTimeout(() => write(true), COMMIT_DELAY_MS);
    });
    const hidden = () => document.visibilityState === "hidden" && commitNow();
    window.addEventListener("pagehide", commitNow);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", commitNow);
      document.removeEventListener("visibilitychange", hidden);
      // Leaving the question commits what was typed on it.
      commitNow();
    };
  }, [form, schema]);

  return state;
}
