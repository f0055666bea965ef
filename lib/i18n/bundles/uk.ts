// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/uk/common.json";
import errors from "@/locales/uk/errors.json";
import glossary from "@/locales/uk/glossary.json";
import guidance from "@/locales/uk/guidance.json";
import questionnaire from "@/locales/uk/questionnaire.json";
import recap from "@/locales/uk/recap.json";
import staff from "@/locales/uk/staff.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire, recap, staff };
export default bundle;
