/**
 * Sending one subscription message (订阅消息) to one person.
 *
 * Guarantees (held by every implementation): one call is one `subscribeMessage.send`; the platform's answer is
 * reported, never thrown, so the caller decides what a code means (43101: no credit left; 47003: a field broke its
 * type; anything else: try again later). Only a transport failure with no answer at all throws.
 */
export interface SubscriptionMessage {
  touser: string;
  templateId: string;
  /** Mini-program page with query, e.g. `pages/item/index?id=abc`: the message deep-links to the item. */
  page: string;
  /** `{ thing1: '…', phrase2: '…' }`: values already cut to their field types. */
  data: Record<string, string>;
}

export type SendOutcome = { ok: true } | { ok: false; errCode: number; errMsg: string };

/** WeChat's documented answers the notices layer acts on (platform.md §5). */
export const SEND_ERRORS = {
  noCredit: 43101,
  fieldInvalid: 47003,
  invalidOpenid: 40003,
  invalidTemplate: 40037,
  invalidPage: 41030,
} as const;

export interface MessageSender {
  send(message: SubscriptionMessage): Promise<SendOutcome>;
}

/** One template field: its key in the template (`thing1`), its WeChat type and which value of the notice fills it. */
export interface TemplateField {
  key: string;
  type: import('../domain/notice-fields').NoticeFieldType;
  source: 'title' | 'phrase' | 'time' | 'dueDate' | 'note' | 'registrationNumber';
}

/** A subscription template as configured server-side: our key (credits count per key), WeChat's id, its fields. */
export interface NoticeTemplate {
  templateKey: string;
  /** Empty when the township has not configured this template: notices stay in the inbox. */
  templateId: string;
  fields: readonly TemplateField[];
}

/** Template ids and field mappings per notice kind, read from server-side settings (never from the client). */
export interface NoticeTemplates {
  /** Requests: 1 per township per instance lifetime of the cache (settings document). */
  templateFor(
    townshipId: string,
    kind: import('../domain/notices/notice-rules').NoticeKind,
  ): Promise<NoticeTemplate | null>;
}
