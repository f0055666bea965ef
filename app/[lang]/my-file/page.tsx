// The person's copy of the file they sent: read-only, printable.
import { MyFile } from "@/components/myFile/MyFile";
import { titleFrom } from "@/lib/i18n/metadata";

export const generateMetadata = titleFrom("myFile.title");

export default function MyFilePage() {
  return <MyFile />;
}
