/**
 * The `account` function's command map: identity and registration for everyone, invites for presidium staff.
 * Roles come from the OPENID (dispatcher); each handler lists its database requests in its own module.
 */
import { accountCommands } from '../../contracts/account';
import { accountExtraCommands } from '../../contracts/account-extra';
import { STAFF_ROLES } from '../../domain/roles';
import { command, type FunctionDefinition } from '../shared/dispatcher';
import { bindRole, issueInvite, listInvites, revokeInvite } from './invites';
import { linkDeputy, linkDeputyByScene } from './link-deputy';
import { listDeputies, listVillages, resolveScene } from './pickers';
import { recordSubscriptions } from './record-subscriptions';
import { registerResident } from './register-resident';
import { whoami } from './whoami';
import { accountPickerCommands } from '../../contracts/pickers';
import { listCategories, subscriptionTemplates } from './account-pickers';

const c = accountCommands;
const x = accountExtraCommands;

export const accountFunction: FunctionDefinition = {
  name: 'account',
  commands: {
    whoami: command({ ...c.whoami, roles: 'anyone', handle: (ctx) => whoami(ctx.ports, ctx.caller) }),
    listVillages: command({ ...c.listVillages, roles: 'anyone', handle: (ctx) => listVillages(ctx.ports, ctx.caller) }),
    listDeputies: command({
      ...c.listDeputies,
      roles: 'anyone',
      handle: (ctx, input) => listDeputies(ctx.ports, ctx.caller, input),
    }),
    // The brief's name for the station picker; same command.
    listStationDeputies: command({
      ...c.listDeputies,
      roles: 'anyone',
      handle: (ctx, input) => listDeputies(ctx.ports, ctx.caller, input),
    }),
    resolveScene: command({
      ...c.resolveScene,
      roles: 'anyone',
      handle: (ctx, input) => resolveScene(ctx.ports, ctx.caller, input.scene),
    }),
    registerResident: command({ ...c.registerResident, roles: 'anyone', handle: registerResident }),
    linkDeputy: command({ ...c.linkDeputy, roles: ['resident'], handle: linkDeputy }),
    linkDeputyByScene: command({ ...x.linkDeputyByScene, roles: ['resident'], handle: linkDeputyByScene }),
    bindRole: command({ ...c.bindRole, roles: 'anyone', handle: bindRole }),
    bindInvite: command({ ...c.bindRole, roles: 'anyone', handle: bindRole }),
    recordSubscriptions: command({ ...c.recordSubscriptions, roles: 'anyone', handle: recordSubscriptions }),
    listCategories: command({ ...accountPickerCommands.listCategories, roles: 'anyone', handle: listCategories }),
    subscriptionTemplates: command({
      ...accountPickerCommands.subscriptionTemplates,
      roles: 'anyone',
      handle: subscriptionTemplates,
    }),
    issueInvite: command({ ...x.issueInvite, roles: STAFF_ROLES, handle: issueInvite }),
    revokeInvite: command({ ...x.revokeInvite, roles: STAFF_ROLES, handle: revokeInvite }),
    listInvites: command({ ...x.listInvites, roles: STAFF_ROLES, handle: listInvites }),
  },
};
