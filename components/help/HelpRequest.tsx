"use client";
// A request from the helper (to help, or to type): brought into view wherever the person is scrolled and
// focused, so it is read at once and the answer buttons come next with Tab (issue 11: a request shown at the
// top of the page went unseen by a person scrolled down at the code). It stays until the person answers.
import { useEffect, useRef, type ReactNode } from "react";

export function HelpRequest({ message, children }: { message: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: "nearest" });
    text.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={box} className="help-request">
      <p ref={text} tabIndex={-1} className="help-request__message">
        {message}
      </p>
      <div className="banner__actions">{children}</div>
    </div>
  );
}
