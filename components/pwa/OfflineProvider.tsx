"use client";
// The service worker that keeps every page for offline use, registered only where the browser allows it.
import type { ReactNode } from "react";
import { SerwistProvider } from "@serwist/next/react";
import { siteDataBlocked } from "@/lib/deviceStorage";

export function OfflineProvider({ children }: { children: ReactNode }) {
  // A browser that blocks site data refuses the worker too (Chromium rejects the registration, which then surfaces
  // as an uncaught error). Read during render, which is safe here: SerwistProvider only uses it in the initial state
  // it computes once in the browser, so nothing on the page differs from the server's HTML.
  const disable = process.env.NODE_ENV !== "production" || siteDataBlocked();
  return (
    // reloadOnOnline off: a reload when the network returns could interrupt someone typing.
    <SerwistProvider swUrl="/sw.js" disable={disable} reloadOnOnline={false}>
      {children}
    </SerwistProvider>
  );
}
