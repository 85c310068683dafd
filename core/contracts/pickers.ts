/**
 * Picker and configuration commands added for the forms (additive to the function contracts): the township's
 * handling units (presidium assign form; a deputy's refer-to-village needs the village committee's unit id), the
 * township's categories for the resident's submit form, and the subscription template ids the mini-program must
 * ask `wx.requestSubscribeMessage` for (ids live in server-side settings, never in the client).
 */
import { z } from 'zod';
import { UNIT_TYPES, type UnitType } from '../domain/directory';
import { id, oneOf } from './common';

export const unitPickerCommands = {
  /** Active units of the caller's township in picker order; `unitType: 'village'` for village committees. */
  listUnits: {
    mutating: false,
    input: z.object({ unitType: oneOf(UNIT_TYPES, '单位类型').optional(), villageId: id('村(社区)').optional() }),
  },
} as const;

export const accountPickerCommands = {
  /** The township's opinion categories (settings), for the submit form. */
  listCategories: { mutating: false, input: z.object({}) },
  /** Template key → WeChat template id for every template the township configured. */
  subscriptionTemplates: { mutating: false, input: z.object({}) },
} as const;

export interface UnitOption {
  unitId: string;
  name: string;
  unitType: UnitType;
  villageId?: string;
  /** 分管领导, prefilled on the assign form. */
  leaderInCharge?: string;
}

export interface SubscriptionTemplateView {
  /** The key `account.recordSubscriptions` takes (itemProgress, newTask, deadlineAlert, dailyDigest). */
  templateKey: string;
  /** The id to pass to wx.requestSubscribeMessage's `tmplIds`. */
  templateId: string;
}

export interface UnitPickerResults {
  listUnits: { units: UnitOption[] };
}

export interface AccountPickerResults {
  listCategories: { categories: string[] };
  subscriptionTemplates: { templates: SubscriptionTemplateView[] };
}
