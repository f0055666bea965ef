// One radio or checkbox with its label: a native input (screen readers and switches know it), the whole label
// a 44 px target. The input's props pass through, including react-hook-form's register and ref.
import type { ComponentProps, ReactNode } from "react";

export function Choice({ label, ...input }: ComponentProps<"input"> & { id: string; label: ReactNode }) {
  return (
    <div className="choice">
      <input className="choice__input" {...input} />
      <label className="choice__label" htmlFor={input.id}>
        {label}
      </label>
    </div>
  );
}
