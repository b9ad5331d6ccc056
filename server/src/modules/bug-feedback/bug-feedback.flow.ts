import { FeedbackStatus as S, TesterAction as A } from './bug-feedback.enums';

export interface TesterRule {
  action: A;
  from: readonly S[];
  to: S;
  /** Notes are required (what was done to reproduce, why the fix failed). */
  needsNotes: boolean;
}

/** The testers' steps as data. */
export const TESTER_FLOW: readonly TesterRule[] = [
  { action: A.MARK_REPRODUCED, from: [S.NEW, S.NOT_REPRODUCIBLE], to: S.REPRODUCED, needsNotes: false },
  { action: A.MARK_NOT_REPRODUCIBLE, from: [S.NEW], to: S.NOT_REPRODUCIBLE, needsNotes: true },
  { action: A.LINK_FIX, from: [S.REPRODUCED], to: S.FIX_LINKED, needsNotes: false },
  { action: A.VERIFY_FIX, from: [S.FIX_LINKED], to: S.VERIFIED, needsNotes: false },
  { action: A.REJECT_FIX, from: [S.FIX_LINKED], to: S.REPRODUCED, needsNotes: true },
];

/** States the testers still have work in (their queue). */
export const OPEN_FEEDBACK: readonly S[] = [S.NEW, S.REPRODUCED, S.FIX_LINKED];
