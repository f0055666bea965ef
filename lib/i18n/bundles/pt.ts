// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/pt/common.json";
import errors from "@/locales/pt/errors.json";
import glossary from "@/locales/pt/glossary.json";
import guidance from "@/locales/pt/guidance.json";
import questionnaire from "@/locales/pt/questionnaire.json";
import recap from "@/locales/pt/recap.json";
import staff from "@/locales/pt/staff.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire, recap, staff };
export default bundle;
