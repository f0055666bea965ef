"use client";
// "Listen": reads the screen aloud in the page's language, highlighting each part as it is read. What is read is
// what is on screen, in page order (readableParts.ts). With "read each screen aloud" chosen on this device, it
// starts by itself once per screen, when the screen is ready.
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import type { Locale } from "@/lib/i18n/settings";
import { autoReadOn, firstArrival } from "@/lib/readAloud/autoRead";
import { loadVoices, pickVoice, read, speechLang, type Reading, type Synthesis, type Utterance } from "@/lib/readAloud/speech";
import { readableParts, stretchesOf } from "./readableParts";

const READING_ATTRIBUTE = "data-reading";

type State = "idle" | "reading" | "noVoice" | "unsupported";

interface Props {
  target: RefObject<HTMLElement | null>;
  /** "marked": the parts marked data-read-aloud (a question); "page": every block of text of an ordinary page. */
  parts?: "marked" | "page";
  /** False while the screen still waits for its content, so an automatic reading does not read "Loading". */
  ready?: boolean;
}

export function ListenButton({ target, parts = "marked", ready = true }: Props) {
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
    const voices = await loadVoices(synthesis);
    const voice = pickVoice(voices, lang);
    if (!voice) return setState("noVoice");
    // Each stretch in its own language: a French term in an Arabic text is said by a French voice when the
    // device has one, else by the page's voice, as before.
    const said = readableParts(target.current, parts).flatMap((element) =>
      stretchesOf(element, i18n.language).map((stretch) => {
        const own = stretch.lang === null ? undefined : speechLang[stretch.lang as Locale];
        const ownVoice = own === undefined ? undefined : pickVoice(voices, own);
        return { element, part: own && ownVoice ? { text: stretch.text, lang: own, voice: ownVoice } : stretch.text };
      }),
    );
    setState("reading");
    reading.current = read(
      synthesis,
      (text) => new window.SpeechSynthesisUtterance(text) as unknown as Utterance,
      said.map((entry) => entry.part),
      voice,
      lang,
      {
        onPart(index) {
          highlight(index === null ? null : (said[index]?.element ?? null));
          if (index === null) {
            reading.current = null;
            setState("idle");
          }
        },
      },
    );
  };

  const startByItself = useEffectEvent(() => {
    // Not in the effect's own turn: the reading sets this button's state as it goes.
    if (autoReadOn() && firstArrival(window.location.pathname)) queueMicrotask(() => void start());
  });
  useEffect(() => {
    if (ready) startByItself();
  }, [ready]);

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
