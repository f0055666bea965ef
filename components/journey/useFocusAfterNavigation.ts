"use client";
// After moving to another step without a page load, focus goes to the new heading: otherwise it stays on a
// button that no longer exists and keyboard and screen reader users start again from the top of the page
// (the pattern GOV.UK recommends for single-page journeys). The page the browser loaded keeps its own focus.
import { useEffect, type RefObject } from "react";

let moved = false;

/** Whether this is still the page the browser loaded: its path is the document's, and no step came before. */
function isLoadedPage(): boolean {
  if (moved) return false;
  const entry = performance.getEntriesByType("navigation")[0];
  if (entry && new URL(entry.name).pathname === window.location.pathname) return true;
  moved = true;
  return false;
}

export function useFocusAfterNavigation(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (isLoadedPage()) return;
    ref.current?.focus({ preventScroll: false });
  }, [ref]);
}
