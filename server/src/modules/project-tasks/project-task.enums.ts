import { registerEnumType } from 'type-graphql';

export enum ProjectTaskKind {
  /** SPEC §6: environment information the pre-sales could not get from the customer; the sales gets it (InfoRequest). */
  INFO_REQUEST = 'INFO_REQUEST',
  /** 售后服务: product upgrades and patches, done by the original responsible pre-sales. */
  TECHNICAL_UPGRADE = 'TECHNICAL_UPGRADE',
  /** 售后服务: serial numbers and service purchases, done by the sales. */
  COMMERCIAL_UPGRADE = 'COMMERCIAL_UPGRADE',
}

export enum UpgradeKind {
  TECHNICAL = 'TECHNICAL',
  COMMERCIAL = 'COMMERCIAL',
}

export enum ProjectTaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

registerEnumType(ProjectTaskKind, { name: 'ProjectTaskKind' });
registerEnumType(UpgradeKind, { name: 'UpgradeKind', description: 'After-sales upgrades split by who does them.' });
registerEnumType(ProjectTaskStatus, { name: 'ProjectTaskStatus' });
