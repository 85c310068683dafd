/**
 * Milestone drafts as the milestones-editor holds them, and the wire milestones they become.
 *
 * Guarantees: blank rows are dropped; a date is sent only when one was picked.
 */
export interface MilestoneDraft {
  key: string;
  stage: string;
  expectedDate: string;
}

export interface MilestoneWire {
  stage: string;
  expectedDate?: string;
}

export function milestonesOf(drafts: MilestoneDraft[]): MilestoneWire[] {
  return drafts
    .filter((d) => d.stage.trim())
    .map((d) => (d.expectedDate ? { stage: d.stage.trim(), expectedDate: d.expectedDate } : { stage: d.stage.trim() }));
}
