// The person's own words, exactly as typed, marked with their language so screen readers and print keep them intact.
import { IN_PERSON } from "@/lib/questionnaire/types";
import type { RecapContext } from "./context";
import styles from "./Recap.module.css";

export function FreeText({ text, x }: { text: string; x: RecapContext }) {
  return (
    <div className={styles.free}>
      {/* dir="auto": Arabic typed in a French recap (or the reverse) keeps its own direction and punctuation. */}
      <p className={styles.freeText} lang={x.personLang} dir="auto">
        {text}
      </p>
      <span className={styles.freeLang}>{x.t("writtenIn", { language: x.personLanguageName })}</span>
    </div>
  );
}

export function ToDiscuss({ x }: { x: RecapContext }) {
  return (
    <span className={styles.toDiscuss}>
      {x.t("toDiscuss")} <code className={styles.code}>{IN_PERSON}</code>
    </span>
  );
}
