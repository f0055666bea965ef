"use client";
// Writes the answer to the device a moment after each change (well within 300 ms), and at once when the page is
// hidden or left, so a reload, a crash or a closed tab loses nothing that was typed.
import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { isEmptyAnswer } from "@/lib/questionnaire/schemas";
import type { AnswerValue } from "@/lib/questionnaire/types";
import type { z } from "zod";

export const AUTOSAVE_DELAY_MS = 200;

export type AutosaveState = "idle" | "saving" | "saved" | "failed";

export function useAutosave(
  form: UseFormReturn<{ answer: unknown } & Record<string, unknown>>,
  schema: z.ZodType,
  save: (value: AnswerValue | undefined, valid: boolean) => Promise<void>,
): AutosaveState {
  const [state, setState] = useState<AutosaveState>("idle");
  const pending = useRef<{ value: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const write = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    const empty = isEmptyAnswer(next.value);
    // Half-typed answers stay on the device; only answers that pass their schema go to the server.
    const valid = empty || schema.safeParse(next.value).success;
    setState("saving");
    saveRef.current(empty ? undefined : (structuredClone(next.value) as AnswerValue), valid).then(
      () => setState("saved"),
      () => setState("failed"),
    );
  }, [schema]);

  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      if (name !== undefined && !name.startsWith("answer")) return;
      pending.current = { value: values.answer };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(write, AUTOSAVE_DELAY_MS);
    });
    const now = () => write();
    const hidden = () => document.visibilityState === "hidden" && write();
    window.addEventListener("pagehide", now);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", now);
      document.removeEventListener("visibilitychange", hidden);
      write();
    };
  }, [form, write]);

  return state;
}
