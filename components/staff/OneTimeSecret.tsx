"use client";
// A secret shown once (an invitation link, an API key): announced, focused, selectable in one tap.
import { useEffect, useRef } from "react";
import styles from "./Staff.module.css";

export function OneTimeSecret({ id, title, label, value, warning }: { id: string; title: string; label: string; value: string; warning: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves here so a screen reader reads the warning before anything else (the link is never shown again).
  useEffect(() => ref.current?.focus(), [value]);
  return (
    <div className={styles.panel} ref={ref} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p>{warning}</p>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {/* Links and keys are Latin left-to-right text, also on an Arabic page. */}
      <textarea id={id} dir="ltr" className={styles.secret} readOnly rows={3} value={value} onFocus={(event) => event.currentTarget.select()} />
    </div>
  );
}
