import { registerEnumType } from 'type-graphql';

/** SPEC §2: the life of a project, in board order. */
export enum ProjectStage {
  INITIATED = 'INITIATED',
  PRESALES = 'PRESALES',
  BIDDING = 'BIDDING',
  WON = 'WON',
  LOST = 'LOST',
  IMPLEMENTATION = 'IMPLEMENTATION',
  ACCEPTED = 'ACCEPTED',
  AFTER_SALES = 'AFTER_SALES',
  CLOSED = 'CLOSED',
}

registerEnumType(ProjectStage, { name: 'ProjectStage', description: 'Project stage (SPEC §2).' });

/** The moves the regulation's flow allows from each stage. */
export const STAGE_TRANSITIONS: Record<ProjectStage, readonly ProjectStage[]> = {
  [ProjectStage.INITIATED]: [ProjectStage.PRESALES, ProjectStage.CLOSED],
  [ProjectStage.PRESALES]: [ProjectStage.BIDDING, ProjectStage.LOST],
  [ProjectStage.BIDDING]: [ProjectStage.WON, ProjectStage.LOST],
  [ProjectStage.WON]: [ProjectStage.IMPLEMENTATION],
  [ProjectStage.LOST]: [ProjectStage.CLOSED],
  [ProjectStage.IMPLEMENTATION]: [ProjectStage.ACCEPTED],
  [ProjectStage.ACCEPTED]: [ProjectStage.AFTER_SALES, ProjectStage.CLOSED],
  [ProjectStage.AFTER_SALES]: [ProjectStage.CLOSED],
  [ProjectStage.CLOSED]: [],
};

export const canMoveStage = (from: ProjectStage, to: ProjectStage): boolean => STAGE_TRANSITIONS[from].includes(to);
