/** The fields of a stored item the deadline policy reads, mapped the same way `nextItemState` maps them. */
import type { DeadlineSubject } from '../../domain/deadlines';
import type { Item } from '../../domain/opinion/item';

export function deadlineSubject(item: Item): DeadlineSubject {
  return {
    status: item.status,
    submittedAt: item.submittedAt,
    statusSince: item.statusSince ?? item.updatedAt,
    forwardedAt: item.forwardedAt,
    assignment: item.assignment,
    dueAt: item.assignment?.dueAt ?? null,
    repliedAt: item.releasedAt,
    handledThresholds: item.handledThresholds ?? [],
  };
}
