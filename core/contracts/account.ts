/**
 * `account` function: identity and registration, for everyone.
 * Identity is the caller's OPENID from the platform context, never a payload field.
 */
import { z } from 'zod';
import { id, text } from './common';
import type { DeputyCard, VillageOption, WhoAmI } from './views';
import type { InvitableRole } from '../domain/roles';

export const accountCommands = {
  whoami: { mutating: false, input: z.object({}) },
  listVillages: { mutating: false, input: z.object({}) },
  listDeputies: {
    mutating: false,
    input: z.object({ villageId: id('村(社区)').optional(), stationId: id('联络站').optional() }),
  },
  resolveScene: { mutating: false, input: z.object({ scene: text('二维码参数', 32) }) },
  registerResident: {
    mutating: true,
    input: z.object({
      displayName: text('称呼', 20),
      villageId: id('村(社区)'),
      linkedDeputyId: id('代表').optional(),
    }),
  },
  linkDeputy: { mutating: true, input: z.object({ deputyId: id('代表') }) },
  bindRole: {
    mutating: true,
    input: z.object({
      inviteCode: z
        .string({ error: '请填写邀请码' })
        .trim()
        .regex(/^[A-Za-z0-9]{6,16}$/, { error: '邀请码格式不正确' }),
    }),
  },
  recordSubscriptions: {
    mutating: true,
    input: z.object({
      templateKeys: z
        .array(text('消息类型', 40), { error: '消息类型无效' })
        .min(1, { error: '没有可记录的订阅' })
        .max(10, { error: '消息类型过多' }),
    }),
  },
} as const;

export interface AccountResults {
  whoami: WhoAmI;
  listVillages: { villages: VillageOption[] };
  listDeputies: { deputies: DeputyCard[] };
  resolveScene: { kind: 'deputy'; deputy: DeputyCard } | { kind: 'station'; stationId: string; deputies: DeputyCard[] };
  registerResident: WhoAmI;
  linkDeputy: { linkedDeputyId: string };
  bindRole: { role: InvitableRole; name: string; whoami: WhoAmI };
  recordSubscriptions: { credits: Record<string, number> };
}
