/** The `unit` function's commands: a typed, exhaustive map from command name to handler. */
import type { FunctionDefinition } from '../shared/dispatcher';
import { assignments, counts } from './assignments';
import {
  addProgressNote,
  complete,
  progressUpdate,
  requestExtension,
  returnMisassigned,
  sign,
  submitReply,
} from './changes';
import { detail } from './detail';

export const unitFunction: FunctionDefinition = {
  name: 'unit',
  commands: {
    assignments,
    counts,
    detail,
    sign,
    returnMisassigned,
    addProgressNote,
    requestExtension,
    submitReply,
    progressUpdate,
    complete,
  },
};
