// The task list: every section of the file with where the person stands in it (done, to finish, not started, or not
// yet possible) and the question to open, so a person who comes back sees the whole file before going on.
import { CHECK, canVisit, isComplete, screenOf, visibleQuestions, type Step } from "./engine";
import type { Answers, Questionnaire } from "./types";

type TaskStatus = "done" | "to-do" | "not-started" | "cannot-start";

export interface Task {
  section: string;
  status: TaskStatus;
  /** Where its link leads: the first question of it still to answer (its first question once done); null without a link. */
  step: Step | null;
}

/**
 * `seen`: the questions the person has passed (an entry in the draft, a blank optional answer included). A section
 * is done when every question it asks was passed and is complete; to do when some were; not started otherwise, and
 * not yet possible while a question before it still needs an answer (the journey would not open it).
 */
export function taskList(definition: Questionnaire, answers: Answers, seen: ReadonlySet<string>): Task[] {
  const asked = visibleQuestions(definition, answers);
  return definition.sections.flatMap((section): Task[] => {
    const questions = asked.filter((q) => q.section === section.id);
    const first = questions[0];
    if (!first) return [];
    const passed = questions.filter((q) => seen.has(q.id));
    const open = questions.find((q) => !seen.has(q.id) || !isComplete(q, answers));
    if (!open) return [{ section: section.id, status: "done", step: first.id }];
    const screen = screenOf(definition, open.id);
    if (!canVisit(definition, answers, screen)) return [{ section: section.id, status: "cannot-start", step: null }];
    return [{ section: section.id, status: passed.length > 0 ? "to-do" : "not-started", step: screen }];
  });
}

/** Whether the whole file can be checked and sent: every section of its task list (`taskList`) done. */
export const readyToCheck = (definition: Questionnaire, answers: Answers, tasks: readonly Task[]) =>
  tasks.every((task) => task.status === "done") && canVisit(definition, answers, CHECK);
