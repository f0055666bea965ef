// Yes or no (and, on sensitive topics, "talk about it at the interview"): a single choice with its own drawing.
import type { SingleChoiceQuestion } from "../types";
import type { AnswerTypeModule } from "./answerType";
import { oneChoice } from "./choice";

export const yesNo: AnswerTypeModule<SingleChoiceQuestion, string> = oneChoice;
