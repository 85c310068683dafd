/**
 * listUnits (presidium and deputy): the township's active handling units for a picker, optionally of one type
 * (`village` for the village committees a deputy refers small matters to) or of one village.
 * Database requests: 1 (handlingUnits, indexed by township and type or sort).
 */
import { unitPickerCommands, type UnitOption } from '../../contracts/pickers';
import type { Actor } from '../../domain/opinion/commands';
import type { Role } from '../../domain/roles';
import { command } from '../shared/dispatcher';

export function listUnitsCommand(roles: readonly Role[]) {
  return command({
    ...unitPickerCommands.listUnits,
    roles,
    async handle(ctx, input): Promise<{ units: UnitOption[] }> {
      const actor = ctx.actor as Actor;
      const units = await ctx.ports.directory.listUnits(actor.townshipId, input.unitType);
      return {
        units: units
          .filter((u) => !input.villageId || u.villageId === input.villageId)
          .map((u) => ({
            unitId: u._id,
            name: u.name,
            unitType: u.unitType,
            ...(u.villageId ? { villageId: u.villageId } : {}),
            ...(u.leaderInCharge ? { leaderInCharge: u.leaderInCharge } : {}),
          })),
      };
    },
  });
}
