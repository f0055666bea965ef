// The helper's page: join a person's file with their code and consent.
import { HelperApp } from "@/components/help/HelperApp";
import { titleFrom } from "@/lib/i18n/metadata";

export const generateMetadata = titleFrom("helper.title");

export default function HelperPage() {
  return <HelperApp />;
}
