import { registerEnumType } from 'type-graphql';

export enum ComplaintStatus {
  FILED = 'FILED',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}

registerEnumType(ComplaintStatus, { name: 'ComplaintStatus' });
