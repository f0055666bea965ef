// One radio or checkbox with its label: a native input (screen readers and switches know it), the whole label
// a 44 px target. The input's props pass through, including react-hook-form's register and ref.
// A pictogram may stand before the words; the input is named by the words alone, the drawing has its own
// text alternative, so a screen reader does not read the drawing's description as part of every answer.
import type { ComponentProps, ReactNode } from "react";
import { Pictogram } from "@/components/pictograms/Pictogram";
import type { PictogramName } from "@/lib/questionnaire/pictograms";

type ChoiceProps = ComponentProps<"input"> & { id: string; label: ReactNode; pictogram?: PictogramName };

export function Choice({ label, pictogram, ...input }: ChoiceProps) {
  const textId = `${input.id}-text`;
  return (
    <div className="choice">
      <input className="choice__input" aria-labelledby={textId} {...input} />
      <label className="choice__label" htmlFor={input.id}>
        {pictogram && <Pictogram name={pictogram} />}
        <span id={textId} data-read-aloud>
          {label}
        </span>
      </label>
    </div>
  );
}
