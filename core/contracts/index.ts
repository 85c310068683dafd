/**
 * Wire contracts of every callable function: command names, input schemas, result types, and the parser the
 * function entries use.
 *
 * Guarantees: `Contracts` maps function → command → { input, result } for the mini-program's `import type`;
 * `parseRequest` never throws: any value in gives either a typed command with parsed payload or a wire error
 * (COMMAND.UNKNOWN or VALIDATION.INVALID with Chinese field messages); mutating commands require an envelope
 * `requestId` of 8–64 characters.
 */
import type { z } from 'zod';
import { accountCommands, type AccountResults } from './account';
import { deputyCommands, type DeputyResults } from './deputy';
import { presidiumCommands, type PresidiumResults } from './presidium';
import { residentCommands, type ResidentResults } from './resident';
import { unitCommands, type UnitResults } from './unit';
import type { AccountExtraResults } from './account-extra';
import type { DeputyExtraResults } from './deputy-extra';
import type { AccountPickerResults, UnitPickerResults } from './pickers';
import type { NoticeInboxResults } from './notices';
import { COMMANDS } from './parse';

export * from './common';
export * from './views';
export { accountCommands, deputyCommands, presidiumCommands, residentCommands, unitCommands };
export type { AccountResults, DeputyResults, PresidiumResults, ResidentResults, UnitResults };
export type { SettingsView, InviteView } from './presidium';
export { DEPUTY_INBOX_TABS } from './deputy';
export { UNIT_TABS } from './unit';
export { QUEUE_SORTS, STAFF_ENTRY_CHANNELS, queueInput } from './presidium';
export { parseRequest, COMMANDS, type ParsedRequest, type CallableName } from './parse';

type Defs = Record<string, { mutating: boolean; input: z.ZodType }>;

type ContractOf<D extends Defs, R extends { [K in keyof D]: unknown }> = {
  [K in keyof D]: {
    input: z.input<D[K]['input']>;
    parsed: z.output<D[K]['input']>;
    result: R[K];
    mutating: D[K]['mutating'];
  };
};

export interface Contracts {
  account: ContractOf<
    typeof COMMANDS.account,
    AccountResults & AccountExtraResults & AccountPickerResults & NoticeInboxResults
  >;
  resident: ContractOf<typeof residentCommands, ResidentResults>;
  deputy: ContractOf<typeof COMMANDS.deputy, DeputyResults & DeputyExtraResults & UnitPickerResults>;
  presidium: ContractOf<typeof COMMANDS.presidium, PresidiumResults & UnitPickerResults>;
  unit: ContractOf<typeof unitCommands, UnitResults>;
}

export type CommandName<F extends keyof Contracts> = keyof Contracts[F] & string;
export type CommandInput<F extends keyof Contracts, C extends CommandName<F>> = Contracts[F][C] extends {
  input: infer I;
}
  ? I
  : never;
export type CommandParsed<F extends keyof Contracts, C extends CommandName<F>> = Contracts[F][C] extends {
  parsed: infer P;
}
  ? P
  : never;
export type CommandResult<F extends keyof Contracts, C extends CommandName<F>> = Contracts[F][C] extends {
  result: infer R;
}
  ? R
  : never;
export { DUE_PURPOSES, presidiumPlanningCommands } from './presidium-planning';
export type { DuePreview, RateView, StatisticsView, PresidiumPlanningResults } from './presidium-planning';
export { accountPickerCommands, unitPickerCommands } from './pickers';
export type { UnitOption, SubscriptionTemplateView, AccountPickerResults, UnitPickerResults } from './pickers';
export type { AccountExtraResults, WhoAmIView } from './account-extra';
export type { DeputyExtraResults, DeputyRecordView } from './deputy-extra';
export { noticeInboxCommands } from './notices';
export type { NoticeView, NoticeInboxResults } from './notices';
