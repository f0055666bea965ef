"use client";
// "Listen" on a page that is not a question (start, help, check, confirmation, resume, kiosk, history, my file):
// reads every block of text of the page's main region.
import { useMemo } from "react";
import { useDraft } from "@/components/draft/DraftProvider";
import { ListenButton } from "./ListenButton";

/** `ready`: false while the page still waits for content of its own (the sent file from the server). */
export function PageListen({ ready = true }: { ready?: boolean }) {
  // Looked up when the reading starts: the layout's main region, whatever the page rendered into it by then.
  const main = useMemo(() => ({ get current() { return document.getElementById("main"); } }), []);
  // Most pages show the file from the device's storage: an automatic reading waits until it is there.
  const { state } = useDraft();
  return <ListenButton target={main} parts="page" ready={ready && state.status !== "loading"} />;
}
