// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/es/common.json";
import errors from "@/locales/es/errors.json";
import glossary from "@/locales/es/glossary.json";
import guidance from "@/locales/es/guidance.json";
import questionnaire from "@/locales/es/questionnaire.json";
import recap from "@/locales/es/recap.json";
import staff from "@/locales/es/staff.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire, recap, staff };
export default bundle;
