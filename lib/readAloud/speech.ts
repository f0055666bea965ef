// Reading a screen aloud with the browser's own speech synthesis: no server, so it works offline wherever the
// device has a local voice. Each part (question, hint, each answer) is its own utterance, which lets the screen
// highlight what is being read and keeps utterances short (Chrome cuts long ones off after about 15 seconds).
import type { Locale } from "@/lib/i18n/settings";

/** The subset of the Web Speech API we use, so tests and other engines can stand in for it. */
export interface Voice {
  readonly lang: string;
  readonly name: string;
  readonly localService: boolean;
}
export interface Utterance {
  text: string;
  lang: string;
  voice: Voice | null;
  onstart: (() => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}
export interface Synthesis {
  getVoices(): Voice[];
  speak(utterance: Utterance): void;
  cancel(): void;
  addEventListener(type: "voiceschanged", listener: () => void): void;
  removeEventListener(type: "voiceschanged", listener: () => void): void;
}
export type UtteranceFactory = (text: string) => Utterance;

/** The language tag handed to the synthesiser for each language of the app. */
export const speechLang: Readonly<Record<Locale, string>> = {
  fr: "fr-FR", en: "en-GB", ar: "ar", uk: "uk-UA", es: "es-ES", pt: "pt-PT", ro: "ro-RO", tr: "tr-TR",
};

const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** The best voice for a language: the exact regional voice first, then any voice of the language; a voice on
 *  the device before a network one, since the person may be offline. */
export function pickVoice(voices: readonly Voice[], lang: string): Voice | undefined {
  const wanted = lang.toLowerCase().replace("_", "-");
  const ofLanguage = voices.filter((voice) => base(voice.lang) === base(lang));
  const score = (voice: Voice) => (voice.lang.toLowerCase().replace("_", "-") === wanted ? 2 : 0) + (voice.localService ? 1 : 0);
  return [...ofLanguage].sort((a, b) => score(b) - score(a))[0];
}

/** Voices load asynchronously in Chrome: the list is empty until "voiceschanged". Waits at most `waitMs`. */
export function loadVoices(synthesis: Synthesis, waitMs = 1500): Promise<Voice[]> {
  const now = synthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synthesis.removeEventListener("voiceschanged", done);
      resolve(synthesis.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synthesis.addEventListener("voiceschanged", done);
  });
}

export interface Reading {
  stop(): void;
}

export interface ReadingEvents {
  /** The part now being read (its index), or null when the reading is over. */
  onPart(index: number | null): void;
}

/** A part said in another language than the page's (a French term inside an Arabic text), with its own voice. */
export interface ForeignPart {
  text: string;
  lang: string;
  voice: Voice;
}

/** Reads the parts in order with the page's voice, or a part's own; `stop` silences it at once and reports the end. */
export function read(
  synthesis: Synthesis,
  makeUtterance: UtteranceFactory,
  parts: ReadonlyArray<string | ForeignPart>,
  voice: Voice,
  lang: string,
  events: ReadingEvents,
): Reading {
  let stopped = false;
  const finish = () => {
    if (stopped) return;
    stopped = true;
    events.onPart(null);
  };
  const speakFrom = (index: number) => {
    if (stopped) return;
    const part = parts[index];
    if (part === undefined) return finish();
    const foreign = typeof part === "string" ? null : part;
    const utterance = makeUtterance(typeof part === "string" ? part : part.text);
    utterance.lang = foreign ? foreign.lang : lang;
    utterance.voice = foreign ? foreign.voice : voice;
    utterance.onstart = () => {
      if (!stopped) events.onPart(index);
    };
    utterance.onend = () => speakFrom(index + 1);
    // "interrupted" and "canceled" come from our own stop; any other error ends the reading rather than skip ahead.
    utterance.onerror = () => finish();
    synthesis.speak(utterance);
  };
  // A reading left over from another screen would be read first: clear the queue.
  synthesis.cancel();
  speakFrom(0);
  return {
    stop() {
      if (stopped) return;
      finish();
      synthesis.cancel();
    },
  };
}
