/** The `deputy` function's command map: inbox, triage, relay, entry on a resident's behalf, duty record. */
import { deputyCommands } from '../../contracts/deputy';
import { deputyExtraCommands } from '../../contracts/deputy-extra';
import type { Actor } from '../../domain/opinion/commands';
import { itemDetailFor } from '../queries/load-item';
import { command, type FunctionDefinition } from '../shared/dispatcher';
import { enterOnBehalf, submitOwnSuggestion } from './enter-on-behalf';
import { counts, inbox } from './inbox';
import { myRecord } from './my-record';
import { listUnitsCommand } from '../queries/list-units';
import {
  answerOnSpot,
  forwardToPresidium,
  rateOnBehalf,
  recordVillageResult,
  referToVillage,
  relay,
  withdrawEntered,
} from './triage';

const c = deputyCommands;
const DEPUTY = ['deputy'] as const;

export const deputyFunction: FunctionDefinition = {
  name: 'deputy',
  commands: {
    inbox: command({ ...c.inbox, roles: DEPUTY, handle: inbox }),
    counts: command({ ...c.counts, roles: DEPUTY, handle: (ctx) => counts(ctx) }),
    // Database requests: 1 (item) + 1 (timeline) + up to 3 (names).
    detail: command({
      ...c.detail,
      roles: DEPUTY,
      handle: (ctx, input) => itemDetailFor(ctx.ports, ctx.actor as Actor, input.itemId),
    }),
    answerOnSpot: command({ ...c.answerOnSpot, roles: DEPUTY, handle: answerOnSpot }),
    referToVillage: command({ ...c.referToVillage, roles: DEPUTY, handle: referToVillage }),
    recordVillageResult: command({ ...c.recordVillageResult, roles: DEPUTY, handle: recordVillageResult }),
    forwardToPresidium: command({ ...c.forwardToPresidium, roles: DEPUTY, handle: forwardToPresidium }),
    enterOnBehalf: command({ ...c.enterOnBehalf, roles: DEPUTY, handle: enterOnBehalf }),
    submitOwnSuggestion: command({ ...c.submitOwnSuggestion, roles: DEPUTY, handle: submitOwnSuggestion }),
    relay: command({ ...c.relay, roles: DEPUTY, handle: relay }),
    rateOnBehalf: command({ ...c.rateOnBehalf, roles: DEPUTY, handle: rateOnBehalf }),
    withdraw: command({ ...c.withdraw, roles: DEPUTY, handle: withdrawEntered }),
    listUnits: listUnitsCommand(DEPUTY),
    myRecord: command({ ...deputyExtraCommands.myRecord, roles: DEPUTY, handle: (ctx) => myRecord(ctx) }),
  },
};
