/**
 * `exportStatistics`: the figures of `statistics` as an Excel file (domain.md §7 "Reports"), written to cloud
 * storage, logged (§8: exports are staff and chair only, and logged), answered with a download link.
 *
 * Why everything happens inside the transaction's work: the Transactor looks up the request log first, so a retry
 * of an export that already succeeded returns the first answer without reading the figures again or writing
 * another file. The file's path is made of the caller, the period and the client's request id, so a work re-run
 * (a conflict on the request log row) replaces the same file rather than leaving a second one. Only the request
 * log row is written in the transaction, so holding it open for the reads and the upload blocks no one.
 *
 * Database requests: those of `statistics` + transaction (start, request log, log row, request log write, commit);
 * storage: 1 upload, 1 temporary link.
 */
import { presidiumPlanningCommands, type StatisticsExport } from '../../contracts/presidium-planning';
import { DomainError } from '../../domain/errors';
import { command } from '../shared/dispatcher';
import { requireActor } from './item-command';
import { STAFF_CALLERS } from './roles';
import { statisticsView } from './statistics';
import { statisticsWorkbook } from './statistics-workbook';

export const exportStatistics = command({
  input: presidiumPlanningCommands.exportStatistics.input,
  mutating: true,
  roles: STAFF_CALLERS,
  async handle(ctx, input): Promise<StatisticsExport> {
    const actor = requireActor(ctx.actor);
    const files = ctx.ports.reportFiles;
    // Only a function built without the exporter gets here; the wire answer stays the generic one.
    if (!files) throw new DomainError('SYSTEM.INTERNAL', '此功能暂不支持导出');
    const period = { from: input.from, to: input.to };
    const run = await ctx.ports.transactor.run(ctx.requestKey, async () => {
      const view = await statisticsView(ctx, input);
      // Scoped like the request key (per caller): two people's request ids never name the same file.
      const cloudPath = `reports/${actor.townshipId}/statistics/${actor.id}/${input.from}_${input.to}_${ctx.requestId}.xlsx`;
      const saved = await files.saveSpreadsheet(statisticsWorkbook(view, period), cloudPath);
      const result: StatisticsExport = {
        fileID: saved.fileID,
        url: saved.url,
        fileName: `意见建议办理统计_${input.from}_${input.to}.xlsx`,
        truncated: view.truncated,
      };
      const row = {
        townshipId: actor.townshipId,
        kind: 'statistics',
        actorId: actor.id,
        role: actor.role,
        at: ctx.now,
        period: { ...period, cutoff: view.period.cutoff },
        fileID: saved.fileID,
        truncated: view.truncated,
      };
      return { writes: [{ kind: 'set', collection: 'exportLog', id: ctx.ports.ids.newId(), doc: row }], result };
    });
    return run.result;
  },
});
