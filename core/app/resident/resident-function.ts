/** The `resident` function's command map: a resident's own items. Every command needs the resident role. */
import { residentCommands } from '../../contracts/resident';
import { itemDetailFor } from '../queries/load-item';
import { command, type FunctionDefinition } from '../shared/dispatcher';
import type { Actor } from '../../domain/opinion/commands';
import { evaluate, withdraw } from './evaluate-withdraw';
import { listMine } from './list-mine';
import { submit } from './submit';

const c = residentCommands;
const RESIDENT = ['resident'] as const;

export const residentFunction: FunctionDefinition = {
  name: 'resident',
  commands: {
    submit: command({ ...c.submit, roles: RESIDENT, handle: submit }),
    listMine: command({ ...c.listMine, roles: RESIDENT, handle: listMine }),
    // Database requests: 1 (item) + 1 (timeline) + up to 3 (names).
    detail: command({
      ...c.detail,
      roles: RESIDENT,
      handle: (ctx, input) => itemDetailFor(ctx.ports, ctx.actor as Actor, input.itemId),
    }),
    evaluate: command({ ...c.evaluate, roles: RESIDENT, handle: evaluate }),
    withdraw: command({ ...c.withdraw, roles: RESIDENT, handle: withdraw }),
  },
};
