/** What the deadlines sweep and the digest touch, as ports. */
import type { DigestQueries, DueItems } from '../../ports/due-items';
import type { NoticeStore } from '../../ports/notice-store';
import type { SettingsReader } from '../../ports/settings';
import type { Transactor } from '../../ports/transactor';
import type { Log } from '../shared/ports';

export interface SchedulerPorts {
  transactor: Transactor;
  settings: SettingsReader;
  dueItems: DueItems;
  digest: DigestQueries;
  store: NoticeStore;
  log: Log;
}
