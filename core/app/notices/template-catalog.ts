/**
 * Which subscription template each notice kind uses, and the default field mapping of each template; the
 * WeChat template ids (and any changed mapping) come from the township's settings document, server-side.
 *
 * Guarantees: every notice kind maps to one template key; a template's data is rendered only through
 * domain/notice-fields.ts, so every value fits its field type (platform.md §5) whatever the text.
 */
import type { NoticeKind } from '../../domain/notices/notice-rules';
import { toNoticeFieldValue } from '../../domain/notice-fields';
import type { NoticeTemplate, TemplateField } from '../../ports/message-sender';
import type { NoticeContent } from './notice-content';

export const TEMPLATE_KEYS = ['itemProgress', 'newTask', 'deadlineAlert', 'dailyDigest'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const TEMPLATE_OF_KIND: Readonly<Record<NoticeKind, TemplateKey>> = {
  newOpinion: 'newTask',
  forwardedToPresidium: 'newTask',
  assigned: 'newTask',
  misassignedReturned: 'newTask',
  extensionRequested: 'newTask',
  replyToReview: 'newTask',
  unsatisfied: 'newTask',
  returnedToDeputy: 'itemProgress',
  extensionDecided: 'itemProgress',
  deadlineMoved: 'itemProgress',
  replySentBack: 'itemProgress',
  replyAvailable: 'itemProgress',
  replyToForwarded: 'itemProgress',
  itemClosed: 'itemProgress',
  itemNotAccepted: 'itemProgress',
  itemMerged: 'itemProgress',
  reHandling: 'itemProgress',
  urged: 'deadlineAlert',
  deadlineAlert: 'deadlineAlert',
  dailyDigest: 'dailyDigest',
};

/** Default fields, as in the templates we apply for (办理进度提醒, 待办事项提醒, 办理时限提醒, 每日待办汇总). */
export const DEFAULT_TEMPLATE_FIELDS: Readonly<Record<TemplateKey, readonly TemplateField[]>> = {
  itemProgress: [
    { key: 'thing1', type: 'thing', source: 'title' },
    { key: 'phrase2', type: 'phrase', source: 'phrase' },
    { key: 'time3', type: 'time', source: 'time' },
    { key: 'thing4', type: 'thing', source: 'note' },
  ],
  newTask: [
    { key: 'thing1', type: 'thing', source: 'title' },
    { key: 'phrase2', type: 'phrase', source: 'phrase' },
    { key: 'time3', type: 'time', source: 'time' },
    { key: 'thing4', type: 'thing', source: 'note' },
  ],
  deadlineAlert: [
    { key: 'thing1', type: 'thing', source: 'title' },
    { key: 'phrase2', type: 'phrase', source: 'phrase' },
    { key: 'date3', type: 'date', source: 'dueDate' },
    { key: 'thing4', type: 'thing', source: 'note' },
  ],
  dailyDigest: [
    { key: 'thing1', type: 'thing', source: 'title' },
    { key: 'thing2', type: 'thing', source: 'note' },
    { key: 'time3', type: 'time', source: 'time' },
  ],
};

/** The settings document's `noticeTemplates` entry: WeChat's template id and, optionally, another mapping. */
export interface TemplateSetting {
  templateId?: string;
  fields?: TemplateField[];
}

export function resolveTemplate(
  kind: NoticeKind,
  settings: Partial<Record<string, TemplateSetting>> | undefined,
): NoticeTemplate {
  const templateKey = TEMPLATE_OF_KIND[kind];
  const setting = settings?.[templateKey];
  return {
    templateKey,
    templateId: typeof setting?.templateId === 'string' ? setting.templateId : '',
    fields: setting?.fields?.length ? setting.fields : DEFAULT_TEMPLATE_FIELDS[templateKey],
  };
}

function sourceValue(field: TemplateField, content: NoticeContent): string | Date {
  switch (field.source) {
    case 'title':
      return content.title;
    case 'phrase':
      return content.phrase;
    case 'time':
      return content.time;
    case 'dueDate':
      return content.dueAt ?? content.time;
    case 'note':
      return content.note;
    case 'registrationNumber':
      return content.registrationNumber || '-';
  }
}

/** The message data `{ thing1: { value } }` flattened to `{ thing1: value }`, each value cut to its type. */
export function renderTemplateData(template: NoticeTemplate, content: NoticeContent): Record<string, string> {
  const data: Record<string, string> = {};
  for (const field of template.fields) {
    const value = sourceValue(field, content);
    // A due at 24:00 shows the day it closes (notice-fields: dueBoundary), not the next one.
    data[field.key] =
      field.type === 'date' && field.source === 'dueDate' && content.dueAt
        ? toNoticeFieldValue('date', new Date(content.dueAt.getTime() - 1))
        : toNoticeFieldValue(field.type, value);
  }
  return data;
}
