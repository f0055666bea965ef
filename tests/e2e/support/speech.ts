// A stand-in for the browser's speech synthesis: records what the page hands it (text, language, voice) and lets
// the test decide when each utterance ends. Voices arrive late, with "voiceschanged", as they do in Chrome.
import type { Page } from "@playwright/test";

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

interface FakeSpeech {
  spoken: Spoken[];
  cancels: number;
  finish(): void;
}

export async function installFakeSpeech(page: Page, voices: Array<{ name: string; lang: string }>) {
  await page.addInitScript((voiceList) => {
    type Utterance = { text: string; lang: string; voice: { name: string } | null; onstart?: () => void; onend?: () => void; onerror?: (e: { error: string }) => void };
    const listeners = new Set<() => void>();
    let loaded = false;
    let current: Utterance | null = null;
    const state = {
      spoken: [] as Array<{ text: string; lang: string; voice: string | null }>,
      cancels: 0,
      finish() {
        const utterance = current;
        current = null;
        utterance?.onend?.();
      },
    };
    const synthesis = {
      getVoices: () => (loaded ? voiceList.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })) : []),
      speak(utterance: Utterance) {
        state.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        current = utterance;
        utterance.onstart?.();
      },
      cancel() {
        state.cancels += 1;
        const utterance = current;
        current = null;
        utterance?.onerror?.({ error: "interrupted" });
      },
      addEventListener: (type: string, listener: () => void) => type === "voiceschanged" && listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    setTimeout(() => {
      loaded = true;
      listeners.forEach((listener) => listener());
    }, 50);
    Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", {
      configurable: true,
      value: class {
        lang = "";
        voice = null;
        constructor(public text: string) {}
      },
    });
    (window as unknown as { __speech: typeof state }).__speech = state;
  }, voices);
}

const speech = (page: Page) => ({
  spoken: () => page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.spoken),
  cancels: () => page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.cancels),
  /** Ends the utterance being read, as the synthesiser does when it has said it. */
  finish: () => page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.finish()),
});
export { speech };
