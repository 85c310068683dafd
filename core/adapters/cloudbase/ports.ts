/**
 * Builds the AppPorts of a cloud function from the real wx-server-sdk. The function entry calls this once per
 * instance (module scope), so warm invocations reuse the database handle.
 */
import { randomBytes } from 'node:crypto';
import type { AppPorts } from '../../app/shared/ports';
import { CloudbaseCallerDirectory } from './caller-directory';
import { createCloudbaseAppNotices } from './notices-ports';
import { WxContentCheck } from './content-check';
import type { WxCloud } from './sdk';
import { CloudbaseSettingsReader } from './settings-reader';
import { CloudbaseTransactor } from './transactor';
import { CloudbaseItemQueries } from './item-queries';
import { CloudbaseDirectoryQueries } from './directory-queries';
import { CloudbasePresidiumQueries } from './presidium-queries';
import { CloudbaseUnitQueries } from './unit-queries';

export function createCloudbasePorts(cloud: WxCloud): AppPorts {
  const db = cloud.database();
  return {
    clock: { now: () => new Date() },
    ids: { newId: () => randomBytes(16).toString('hex') },
    transactor: new CloudbaseTransactor(db),
    callers: new CloudbaseCallerDirectory(db),
    content: new WxContentCheck(cloud),
    settings: new CloudbaseSettingsReader(db),
    log: { info: (line) => console.log(line), error: (line) => console.error(line) },
    items: new CloudbaseItemQueries(db),
    directory: new CloudbaseDirectoryQueries(db),
    presidium: new CloudbasePresidiumQueries(db),
    unit: new CloudbaseUnitQueries(db),
    // Instant delivery after commit (issue 4): needs `subscribeMessage.send` in the function's config.json.
    notices: createCloudbaseAppNotices(cloud, { dispatch: true }),
  };
}
