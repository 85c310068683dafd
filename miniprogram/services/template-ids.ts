/**
 * WeChat subscription template ids per template key (core/app/notices/template-catalog.ts TEMPLATE_KEYS).
 *
 * Guarantees: the client only needs the ids to ask for consent; what each template says and how its fields are
 * filled stays on the server. The ids are assigned when the templates are applied for in the WeChat admin
 * console; an empty id means "not configured" and the request is skipped (local mode, tests).
 */
export type TemplateKey = 'itemProgress' | 'newTask' | 'deadlineAlert' | 'dailyDigest';

export const TEMPLATE_IDS: Readonly<Record<TemplateKey, string>> = {
  itemProgress: '',
  newTask: '',
  deadlineAlert: '',
  dailyDigest: '',
};
