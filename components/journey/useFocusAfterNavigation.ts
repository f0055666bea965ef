"use client";
// After moving to another step without a page load, focus goes to the new heading: otherwise it stays on a
// button that no longer exists and keyboard and screen reader users start again from the top of the page
// (the pattern GOV.UK recommends for single-page journeys). The first page load keeps the browser's own focus.
import { useEffect, type RefObject } from "react";

let firstPage = true;

export function useFocusAfterNavigation(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [ref]);
}
