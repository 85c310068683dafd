/**
 * `setSupervisor` (设置督办人, 督办方式): a presidium member or official leads the supervision of an item.
 *
 * Guarantees: the supervisor is an active official of the caller's township (DIRECTORY.NOT_FOUND otherwise); the
 * item stores their name so lists need no lookup.
 *
 * Database requests: 1 (officials by id) + the item change (2 settings reads; transaction: start, request log,
 * item, item write, event, log row, commit).
 */
import { presidiumCommands } from '../../contracts/presidium';
import type { Official } from '../../domain/directory';
import { DomainError } from '../../domain/errors';
import { itemCommand } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

export const setSupervisor = itemCommand({
  input: presidiumCommands.setSupervisor.input,
  roles: PRESIDIUM_CALLERS,
  prepare: async (ctx, actor, input): Promise<Official> => {
    const [official] = await ctx.ports.directory.findOfficials(actor.townshipId, [input.supervisorId]);
    if (!official || !official.active) throw new DomainError('DIRECTORY.NOT_FOUND', '督办人不存在');
    return official;
  },
  build: ({ input, prepared }) => ({
    command: {
      event: 'setSupervisor',
      payload: { superviseType: input.superviseType, supervisorId: prepared._id, supervisorName: prepared.name },
    },
  }),
});
