/**
 * Commands of the `deputy` function that core/contracts/deputy.ts does not list yet (helper F, additive): the
 * deputy's own duty record (代表法 第58条 一人一档, the item part).
 */
import { z } from 'zod';

export const deputyExtraCommands = {
  myRecord: { mutating: false, input: z.object({}) },
} as const;

export interface DeputyRecordView {
  /** Items addressed to this deputy (online and entered on residents' behalf). */
  received: number;
  answeredOnSpot: number;
  referredToVillage: number;
  forwarded: number;
  /** Mean hours from an item reaching the inbox to the deputy's triage; null before any triage. */
  averageResponseHours: number | null;
}

export interface DeputyExtraResults {
  myRecord: DeputyRecordView;
}
