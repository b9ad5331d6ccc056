import type { ProjectStage, SupportType } from '../../gql/graphql';

/** Board order (SPEC §2). */
export const STAGES = [
  'INITIATED',
  'PRESALES',
  'BIDDING',
  'WON',
  'LOST',
  'IMPLEMENTATION',
  'ACCEPTED',
  'AFTER_SALES',
  'CLOSED',
] as const satisfies readonly ProjectStage[];

/** One color per stage, used by column headers and stage tags alike (antd preset colors). */
export const STAGE_COLOR: Record<ProjectStage, { tag: string; accent: string }> = {
  INITIATED: { tag: 'geekblue', accent: '#2f54eb' },
  PRESALES: { tag: 'blue', accent: '#1677ff' },
  BIDDING: { tag: 'purple', accent: '#722ed1' },
  WON: { tag: 'green', accent: '#52c41a' },
  LOST: { tag: 'red', accent: '#f5222d' },
  IMPLEMENTATION: { tag: 'orange', accent: '#fa8c16' },
  ACCEPTED: { tag: 'cyan', accent: '#13c2c2' },
  AFTER_SALES: { tag: 'magenta', accent: '#eb2f96' },
  CLOSED: { tag: 'default', accent: '#8c8c8c' },
};

export const SUPPORT_TYPES = [
  'EXCHANGE',
  'TRAINING',
  'DOCUMENT_WRITING',
  'PRODUCT_TEST',
  'IMPLEMENTATION',
  'AFTER_SALES',
] as const satisfies readonly SupportType[];
