/** RecipientDirectory on CloudBase: roleBindings (townshipId + refId), officials (townshipId + officialRole), unitStaff (unitId + unitRole). */
import type { OfficialRole } from '../../domain/roles';
import type { BoundPerson, RecipientDirectory } from '../../ports/recipient-directory';
import type { WxDatabase } from './sdk';

export class CloudbaseRecipientDirectory implements RecipientDirectory {
  constructor(private readonly db: WxDatabase) {}

  async bindingsOf(townshipId: string, refIds: readonly string[]): Promise<BoundPerson[]> {
    const _ = this.db.command;
    const res = await this.db
      .collection('roleBindings')
      .where({ townshipId, refId: _.in([...refIds]) })
      .limit(100)
      .get();
    return res.data
      .filter((b) => !b.revokedAt && typeof b.openid === 'string')
      .map((b) => ({ refId: String(b.refId), openid: String(b.openid) }));
  }

  async officialIds(townshipId: string, roles: readonly OfficialRole[]): Promise<string[]> {
    const _ = this.db.command;
    const res = await this.db
      .collection('officials')
      .where({ townshipId, officialRole: _.in([...roles]) })
      .limit(100)
      .get();
    return res.data.filter((o) => o.active !== false).map((o) => String(o._id));
  }

  async unitStaffIds(unitId: string, unitRole?: 'unitHandler' | 'unitLeader'): Promise<string[]> {
    const res = await this.db
      .collection('unitStaff')
      .where(unitRole ? { unitId, unitRole } : { unitId })
      .limit(100)
      .get();
    return res.data.filter((s) => s.active !== false).map((s) => String(s._id));
  }
}
