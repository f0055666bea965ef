// One answer among options, drawn as radios.
import type { SingleChoiceQuestion } from "../types";
import type { AnswerTypeModule } from "./answerType";
import { oneChoice } from "./choice";

export const single: AnswerTypeModule<SingleChoiceQuestion, string> = oneChoice;
