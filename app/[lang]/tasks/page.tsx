// The task list: every section of the file and where the person stands in it.
import { TaskList } from "@/components/journey/TaskList";
import { titleFrom } from "@/lib/i18n/metadata";
import { PageListen } from "@/components/readAloud/PageListen";

export const generateMetadata = titleFrom("tasks.title");

export default function TasksPage() {
  return (
    <>
      <PageListen />
      <TaskList />
    </>
  );
}
