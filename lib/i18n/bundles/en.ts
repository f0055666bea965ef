// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/en/common.json";
import errors from "@/locales/en/errors.json";
import glossary from "@/locales/en/glossary.json";
import guidance from "@/locales/en/guidance.json";
import questionnaire from "@/locales/en/questionnaire.json";
import recap from "@/locales/en/recap.json";
import staff from "@/locales/en/staff.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire, recap, staff };
export default bundle;
