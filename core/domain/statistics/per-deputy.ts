/**
 * Per-deputy figures (domain.md §7, 代表法 第58条 duty record), over items addressed to the deputy (`deputyId`).
 *
 * Definitions, for period P and cut-off T:
 * - received: items submitted in P, excluding the deputy's own suggestions (`deputyOwn`, counted apart).
 * - triageOnTimeRate: first triage action (answerOnSpot / referToVillage / forwardToPresidium) by the end of the
 *   triage limit ÷ received items whose triage is settled at T (triaged, pulled by staff, or limit passed). A pull
 *   never counts as on time; items withdrawn before any triage are left out.
 * - relayRate: replies released in P relayed within the relay limit ÷ those whose relay is settled at T.
 * - answered / referred / forwarded: first triage actions of each kind on items received in P.
 * - responseHours: hours from submission to the first triage action; average and median.
 * - satisfactionRate on the items they answered themselves or referred to the village.
 */
import { addCalendarDays } from '../calendar';
import { computeDueAt } from '../deadlines/compute-due-at';
import { satisfactionOf } from './handling-metrics';
import type { ItemFacts } from './item-facts';
import type { StatisticsInput } from './township-report';
import { average, inPeriod, median, rate, type Rate } from './types';

export interface DeputyFigures {
  readonly deputyId: string;
  readonly received: number;
  readonly ownSuggestions: number;
  readonly triageOnTimeRate: Rate;
  readonly relayRate: Rate;
  readonly answered: number;
  readonly referred: number;
  readonly forwarded: number;
  readonly responseHours: { readonly average: number | null; readonly median: number | null };
  readonly satisfactionRate: Rate;
}

const HOUR_MS = 3_600_000;

export function deputyTable(facts: readonly ItemFacts[], input: StatisticsInput): DeputyFigures[] {
  const { period, cutoff, rules, calendar } = input;
  const byDeputy = new Map<string, ItemFacts[]>();
  for (const f of facts) {
    const id = f.item.deputyId;
    if (!id) continue;
    const list = byDeputy.get(id);
    if (list) list.push(f);
    else byDeputy.set(id, [f]);
  }

  return [...byDeputy.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([deputyId, all]) => {
      const inP = all.filter((f) => inPeriod(f.item.submittedAt, period));
      const received = inP.filter((f) => f.item.channel !== 'deputyOwn');

      let triageNum = 0;
      let triageDen = 0;
      for (const f of received) {
        const limit = computeDueAt('triage', f.item.submittedAt, rules, calendar);
        const triaged = f.firstTriage;
        if (triaged) {
          triageDen += 1;
          if (triaged.at <= limit) triageNum += 1;
        } else if (f.withdrawn) {
          // Withdrawn by the resident before any triage: nothing was left for the deputy to answer.
        } else if (limit <= cutoff || f.pulled) {
          triageDen += 1; // limit passed (or staff pulled it) without the deputy's action
        }
      }

      let relayNum = 0;
      let relayDen = 0;
      for (const f of all) {
        if (!inPeriod(f.firstReleaseAt, period)) continue;
        const limit = addCalendarDays(f.firstReleaseAt!, rules.relayDays);
        if (f.relayAt) {
          relayDen += 1;
          if (f.relayAt <= limit) relayNum += 1;
        } else if (limit <= cutoff) {
          relayDen += 1;
        }
      }

      const triaged = received.filter((f) => f.firstTriage !== null);
      const hours = triaged.map((f) => (f.firstTriage!.at.getTime() - f.item.submittedAt.getTime()) / HOUR_MS);
      const byKind = (type: string) => triaged.filter((f) => f.firstTriage!.type === type).length;
      const ownAnswers = all.filter(
        (f) => f.firstTriage?.type === 'answerOnSpot' || f.firstTriage?.type === 'referToVillage',
      );

      return {
        deputyId,
        received: received.length,
        ownSuggestions: inP.length - received.length,
        triageOnTimeRate: rate(triageNum, triageDen),
        relayRate: rate(relayNum, relayDen),
        answered: byKind('answerOnSpot'),
        referred: byKind('referToVillage'),
        forwarded: byKind('forwardToPresidium'),
        responseHours: { average: average(hours), median: median(hours) },
        satisfactionRate: satisfactionOf(ownAnswers.filter((f) => inPeriod(f.item.submittedAt, period)))
          .satisfactionRate,
      };
    });
}
