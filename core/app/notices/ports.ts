/** What the notices use cases touch, as ports (the CloudBase adapters implement them; tests may wrap them). */
import type { MessageSender, NoticeTemplates } from '../../ports/message-sender';
import type { NoticeStore } from '../../ports/notice-store';
import type { RecipientDirectory } from '../../ports/recipient-directory';
import type { SettingsReader } from '../../ports/settings';
import type { Item } from '../../domain/opinion/item';
import type { Log } from '../shared/ports';

export interface NoticePorts {
  store: NoticeStore;
  recipients: RecipientDirectory;
  sender: MessageSender;
  templates: NoticeTemplates;
  settings: SettingsReader;
  /** Items by id, for recipient facts (deputy, unit, supervisor, submitter). Requests: 1. */
  itemsByIds(ids: readonly string[]): Promise<Item[]>;
  log: Log;
}
