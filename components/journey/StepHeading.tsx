"use client";
// The h1 of a step reached without a page load (check, task list): it takes focus after the move.
import { useRef } from "react";
import { useFocusAfterNavigation } from "./useFocusAfterNavigation";

export function StepHeading({ text }: { text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(ref);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {text}
    </h1>
  );
}
