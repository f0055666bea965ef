"use client";
// "Listen": reads the question, its hint and every answer aloud in the page's language, highlighting each part as
// it is read. What is read is what is on screen: the parts marked data-read-aloud inside `target`, in page order.
import { useEffect, useRef, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "@/lib/i18n/settings";
import { loadVoices, pickVoice, read, speechLang, type Reading, type Synthesis, type Utterance } from "@/lib/readAloud/speech";

const READING_ATTRIBUTE = "data-reading";

type State = "idle" | "reading" | "noVoice" | "unsupported";

function readableParts(target: HTMLElement | null): HTMLElement[] {
  if (!target) return [];
  return [...target.querySelectorAll<HTMLElement>("[data-read-aloud]")].filter((element) => element.innerText.trim() !== "");
}

export function ListenButton({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>("idle");
  const reading = useRef<Reading | null>(null);
  const highlighted = useRef<HTMLElement | null>(null);

  const highlight = (element: HTMLElement | null) => {
    highlighted.current?.removeAttribute(READING_ATTRIBUTE);
    highlighted.current = element;
    element?.setAttribute(READING_ATTRIBUTE, "true");
  };

  // Leaving the screen (another question, Back, closing the page) silences the reading at once.
  useEffect(() => {
    const stop = () => reading.current?.stop();
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, []);

  const start = async () => {
    if (typeof window.speechSynthesis === "undefined" || typeof window.SpeechSynthesisUtterance === "undefined") {
      return setState("unsupported");
    }
    const synthesis = window.speechSynthesis as unknown as Synthesis;
    const lang = speechLang[i18n.language as Locale] ?? i18n.language;
    const voice = pickVoice(await loadVoices(synthesis), lang);
    if (!voice) return setState("noVoice");
    const elements = readableParts(target.current);
    setState("reading");
    reading.current = read(
      synthesis,
      (text) => new window.SpeechSynthesisUtterance(text) as unknown as Utterance,
      elements.map((element) => element.innerText.trim()),
      voice,
      lang,
      {
        onPart(index) {
          highlight(index === null ? null : (elements[index] ?? null));
          if (index === null) {
            reading.current = null;
            setState("idle");
          }
        },
      },
    );
  };

  const message = state === "noVoice" ? t("readAloud.noVoice") : state === "unsupported" ? t("readAloud.unsupported") : "";
  return (
    <div className="read-aloud">
      <button
        type="button"
        className="button button--secondary read-aloud__button"
        onClick={() => (state === "reading" ? reading.current?.stop() : void start())}
      >
        <svg className="read-aloud__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
          {state === "reading" ? (
            <path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
          ) : (
            <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
          )}
        </svg>
        {state === "reading" ? t("readAloud.stop") : t("readAloud.listen")}
      </button>
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <p className="read-aloud__message" role="status">
        {message}
      </p>
    </div>
  );
}
