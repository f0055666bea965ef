// Who entered my answers: the answer log, for the person.
import { AnswerHistory } from "@/components/help/AnswerHistory";
import { titleFrom } from "@/lib/i18n/metadata";
import { PageListen } from "@/components/readAloud/PageListen";

export const generateMetadata = titleFrom("history.title");

export default function HistoryPage() {
  return (
    <>
      <PageListen />
      <AnswerHistory />
    </>
  );
}
