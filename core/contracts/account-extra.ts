/**
 * Commands of the `account` function that core/contracts/account.ts does not list yet (helper F, additive):
 * linking by a deputy's QR scene, and the invite commands presidium staff use (the schemas are the presidium
 * contract's, so the two functions cannot drift).
 */
import { z } from 'zod';
import { text } from './common';
import { presidiumCommands, type InviteView } from './presidium';
import type { DeputyCard, WhoAmI } from './views';

export const accountExtraCommands = {
  linkDeputyByScene: { mutating: true, input: z.object({ scene: text('二维码参数', 32) }) },
  issueInvite: presidiumCommands.issueInvite,
  revokeInvite: presidiumCommands.revokeInvite,
  listInvites: presidiumCommands.listInvites,
} as const;

/** `whoami` also says which deputy the resident is linked to (for the home page card). */
export type WhoAmIView = WhoAmI & { linkedDeputy?: DeputyCard };

export interface AccountExtraResults {
  linkDeputyByScene: { linkedDeputyId: string; deputy: DeputyCard };
  issueInvite: InviteView;
  revokeInvite: InviteView;
  listInvites: { rows: InviteView[]; nextCursor?: string };
}
