// How a person gives each type of answer on screen, one filler per answer type: a type without one fails the
// type check, so the journeys never switch on the type.
import type { Page } from "@playwright/test";
import type { AnswerValueOf } from "@/lib/questionnaire/answerTypes";
import type { QuestionOf } from "@/lib/questionnaire/answerTypes/answerType";
import { jobKey, noneKey } from "@/lib/questionnaire/keys";
import type { AnswerType, AnswerValue, Question } from "@/lib/questionnaire/types";
import { columnLabel, optionLabel, q, questionLabel, text } from "./texts";

// Checked both ways, so a filler for one question type widens to any question: each is only handed its own.
type Fill<Q extends Question, V> = { bivarianceHack(page: Page, lang: string, question: Q, value: V): Promise<void> }["bivarianceHack"];

export type Fillers = { readonly [T in AnswerType]: Fill<QuestionOf<T>, AnswerValueOf[T]> };

/** Gives the answer with the filler of the question's type. */
export function fillWith(fillers: Fillers, page: Page, lang: string, question: Question, value: AnswerValue): Promise<void> {
  const fill: Fill<Question, AnswerValue> = fillers[question.type];
  return fill(page, lang, question, value);
}

const chooseOne: Fill<QuestionOf<"single">, string> = async (page, lang, question, value) => {
  await page.getByRole("group", { name: questionLabel(lang, question) }).getByRole("radio", { name: optionLabel(lang, question, value), exact: true }).check();
};

const typeIn: Fill<Question, string> = async (page, lang, question, value) => {
  await page.getByRole("textbox", { name: questionLabel(lang, question) }).fill(value);
};

/** A grid's marks in the order of its items: the order a person goes down the list. */
export function gridMarks(question: QuestionOf<"grid">, marks: Record<string, string>): Array<[string, string]> {
  return question.options.flatMap((item) => (marks[item] === undefined ? [] : [[item, marks[item]] as [string, string]]));
}

/** With a pointer and typing: clicks and fills through labelled controls. */
export const fillers: Fillers = {
  single: chooseOne,
  yesNo: chooseOne,
  async multiple(page, lang, question, value) {
    for (const code of value) {
      await page.getByRole("group", { name: questionLabel(lang, question) }).getByRole("checkbox", { name: optionLabel(lang, question, code), exact: true }).check();
    }
  },
  async grid(page, lang, question, marks) {
    const list = page.getByRole("group", { name: questionLabel(lang, question) });
    for (const [item, column] of gridMarks(question, marks)) {
      await list.getByRole("group", { name: optionLabel(lang, question, item), exact: true }).getByRole("radio", { name: columnLabel(lang, question, column), exact: true }).check();
    }
  },
  // "I have no stable address", "I have no phone number": ticked, as a person does, instead of typed.
  async text(page, lang, question, value) {
    if (value === question.noneCode) await page.getByRole("checkbox", { name: q(lang, noneKey(question)), exact: true }).check();
    else await typeIn(page, lang, question, value);
  },
  number: typeIn,
  async date(page, lang, question, date) {
    const group = page.getByRole("group", { name: questionLabel(lang, question) });
    if (date.day !== undefined) await group.getByRole("textbox", { name: text(lang, "question.date.day") }).fill(date.day);
    await group.getByRole("textbox", { name: text(lang, "question.date.month") }).fill(date.month);
    await group.getByRole("textbox", { name: text(lang, "question.date.year") }).fill(date.year);
  },
  async jobSearch(page, lang, _question, jobs) {
    if (jobs.unsure) await page.getByRole("checkbox", { name: text(lang, "question.jobSearch.unsure") }).check();
    for (const job of jobs.jobs) {
      const search = page.getByRole("textbox", { name: text(lang, "question.jobSearch.inputLabel") });
      if ("rome" in job) {
        const name = q(lang, jobKey(job.rome));
        // Type the start of the name, as a person would, then pick the suggestion.
        await search.fill(name.split(/\s+/)[0]!);
        await page.getByRole("button", { name: text(lang, "question.jobSearch.add", { job: name }), exact: true }).click();
      } else {
        await search.fill(job.text);
        await page.getByRole("button", { name: text(lang, "question.jobSearch.addTyped", { text: job.text }), exact: true }).click();
      }
    }
  },
};
