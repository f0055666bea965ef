"use client";
// Next's router, with one promise kept: a push or a replace always lands somewhere.
//
// The App Router drops a client navigation without a word when the request for the next page's data stalls or
// fails (vercel/next.js#97807, still open for 16.4): the person presses Continue and nothing happens, ever, even
// when pressed again. Seen in our browser tests as a Continue or a resume that stayed on its page once in a few
// hundred. So when the address has not moved after a grace period, the page is loaded the browser's way (the
// service worker serves it offline). Nothing is done when the person went elsewhere in the meantime.
import { useRouter as useNextRouter } from "next/navigation";
import { useMemo } from "react";

/** Long enough for a slow phone to fetch a page's data; short enough that a person does not give up. */
const NAVIGATION_GRACE_MS = 4_000;

type Navigate = (href: string, options?: { scroll?: boolean }) => void;

let watchdog: number | undefined;

/** How often the address is looked at while a navigation may still be dropped. */
const LOOK_EVERY_MS = 250;

function watched(navigate: Navigate, how: "assign" | "replace"): Navigate {
  return (href, options) => {
    const from = window.location.href;
    const target = new URL(href, from).href;
    window.clearInterval(watchdog);
    navigate(href, options);
    if (from === target) return;
    const started = Date.now();
    // Looked at all along, not once at the end: a person who lands and goes back within the grace period (Continue,
    // then Back) is where they chose to be, and must not be sent forward again.
    watchdog = window.setInterval(() => {
      if (window.location.href !== from) return window.clearInterval(watchdog);
      if (Date.now() - started < NAVIGATION_GRACE_MS) return;
      // Still where the person was: the navigation was dropped.
      window.clearInterval(watchdog);
      window.location[how](target);
    }, LOOK_EVERY_MS);
  };
}

export function useRouter() {
  const router = useNextRouter();
  return useMemo(
    () => ({
      ...router,
      push: watched((href, options) => router.push(href, options), "assign"),
      replace: watched((href, options) => router.replace(href, options), "replace"),
    }),
    [router],
  );
}
