// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/ro/common.json";
import errors from "@/locales/ro/errors.json";
import glossary from "@/locales/ro/glossary.json";
import guidance from "@/locales/ro/guidance.json";
import questionnaire from "@/locales/ro/questionnaire.json";
import recap from "@/locales/ro/recap.json";
import staff from "@/locales/ro/staff.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire, recap, staff };
export default bundle;
