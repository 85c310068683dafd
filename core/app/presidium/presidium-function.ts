/**
 * The `presidium` function's commands: a typed, exhaustive map from command name to handler. Presidium members
 * and staff reach every command that reads; which changes each role may make is the transition table's to say.
 */
import type { FunctionDefinition } from '../shared/dispatcher';
import { approveExtension } from './approve-extension';
import { assign, reassign, reHandle } from './assign';
import { listCalendarOverrides, removeCalendarOverride, setCalendarOverride } from './calendar-overrides';
import { detail } from './detail';
import { markMonitoring } from './mark-monitoring';
import { merge } from './merge';
import { previewDueAt } from './preview-due-at';
import { queue } from './queue';
import { register } from './register';
import { setSupervisor } from './set-supervisor';
import { getSettings, updateSettings } from './settings';
import {
  addNote,
  close,
  closeWithExplanation,
  notAccept,
  pull,
  refuseExtension,
  releaseReply,
  returnToDeputy,
  sendBack,
  superviseNotice,
  takeBack,
  urge,
} from './simple-changes';
import { statistics } from './statistics';
import { exportStatistics } from './export-statistics';
import { enterItem } from './enter-item';
import { listUnitsCommand } from '../queries/list-units';
import { PRESIDIUM_CALLERS } from './roles';

export const presidiumFunction: FunctionDefinition = {
  name: 'presidium',
  commands: {
    queue,
    detail,
    enterItem,
    listUnits: listUnitsCommand(PRESIDIUM_CALLERS),
    pull,
    register,
    merge,
    notAccept,
    returnToDeputy,
    assign,
    previewDueAt,
    takeBack,
    reassign,
    approveExtension,
    refuseExtension,
    urge,
    superviseNotice,
    setSupervisor,
    addNote,
    releaseReply,
    sendBack,
    reHandle,
    closeWithExplanation,
    close,
    markMonitoring,
    getSettings,
    updateSettings,
    listCalendarOverrides,
    setCalendarOverride,
    removeCalendarOverride,
    statistics,
    exportStatistics,
  },
};
