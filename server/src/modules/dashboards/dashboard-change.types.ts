import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

/** Which dashboards a committed change moves (each value is described below, in the schema). */
export enum DashboardChangeKind {
  TICKETS = 'TICKETS',
  RND = 'RND',
  REPORTS = 'REPORTS',
}

registerEnumType(DashboardChangeKind, {
  name: 'DashboardChangeKind',
  description: 'Which dashboards a change moves.',
  valuesConfig: {
    TICKETS: { description: 'Tickets, SLA clocks and satisfaction surveys: the service-desk and satisfaction figures, and open tickets on the workload.' },
    RND: { description: 'Fault work orders, improvement requests and R&D time.' },
    REPORTS: { description: 'Communication reports (and their tracking entries), complaints, and who is first or second pre-sales on which project: the workload figures.' },
  },
});

@ObjectType({ description: 'A committed change that moves dashboard figures. It carries no figures: refetch the dashboards of its kind.' })
export class DashboardChange {
  @Field(() => Float, { description: 'Position in the event log, as on every other change (pages skip pushes not newer than what they loaded).' })
  seq: number;

  @Field(() => DashboardChangeKind)
  kind: DashboardChangeKind;
}
