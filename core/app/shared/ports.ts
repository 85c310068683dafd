/**
 * Everything a use case may touch, as ports. Function entries build one `AppPorts` from the CloudBase adapters;
 * nothing in core/app knows which implementation it gets.
 */
import type { Clock } from '../../ports/clock';
import type { ContentCheck } from '../../ports/content-check';
import type { IdGenerator } from '../../ports/ids';
import type { SettingsReader } from '../../ports/settings';
import type { Transactor } from '../../ports/transactor';
import type { ItemQueries } from '../../ports/item-queries';
import type { DirectoryQueries } from '../../ports/directory-queries';
import type { CallerDirectory } from './caller';
import type { AppNotices } from '../notices/app-notices';
import type { PresidiumQueries } from '../../ports/presidium-queries';
import type { UnitQueries } from '../../ports/unit-queries';
import type { ReportFiles } from '../../ports/report-files';

export interface Log {
  info(line: string): void;
  error(line: string): void;
}

export interface AppPorts {
  clock: Clock;
  ids: IdGenerator;
  transactor: Transactor;
  callers: CallerDirectory;
  content: ContentCheck;
  settings: SettingsReader;
  log: Log;
  items: ItemQueries;
  directory: DirectoryQueries;
  presidium: PresidiumQueries;
  unit: UnitQueries;
  /** Inbox store and after-commit dispatch (issue 4); absent where a function does not deliver notices. */
  notices?: AppNotices;
  /** Spreadsheet exports to cloud storage; only the presidium function has them (exceljs is its dependency). */
  reportFiles?: ReportFiles;
}
