"use client";
// After moving to another page without a page load, focus goes to the new page's heading, so screen readers say
// where the person is, once, and the keyboard starts from there instead of from a button that no longer exists
// (the GOV.UK pattern for single-page journeys). Next's own route announcer is silenced in globals.css: with both,
// each new question was spoken twice (issue 13). The page the browser loaded keeps its own focus.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { focusPageHeading } from "./focusHeading";

export function RouteFocus() {
  const pathname = usePathname();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    focusPageHeading();
  }, [pathname]);
  return null;
}
