import { graphql } from '../../gql';

/** The service desk's figures for a period and filters (SPEC §9); the server decides whose tickets count. */
export const SERVICE_DESK_DASHBOARD = graphql(`
  query ServiceDeskDashboard($filter: DashboardFilter!) {
    serviceDeskFigures(filter: $filter) {
      tickets
      resolved
      slaAttainment {
        priority
        tickets
        responseMet
        responseBreached
        responseRate
        resolutionMet
        resolutionBreached
        resolutionRate
      }
      firstResponseMinutes {
        count
        median
        p90
      }
      resolutionMinutes {
        count
        median
        p90
      }
      resolutionRate
      firstContactResolution
      reopenRate
      satisfaction {
        answered
        responseSpeed
        resolution
        professionalism
        attitude
      }
    }
  }
`);

/** Satisfaction over a period: the averages of each dimension, per engineer and per month. */
export const SATISFACTION_DASHBOARD = graphql(`
  query SatisfactionDashboard($filter: DashboardFilter!) {
    satisfactionFigures(filter: $filter) {
      overall {
        answered
        responseSpeed
        resolution
        professionalism
        attitude
      }
      perEngineer {
        engineerId
        engineerName
        answered
        responseSpeed
        resolution
        professionalism
        attitude
        overall
      }
      trend {
        month
        answered
        responseSpeed
        resolution
        professionalism
        attitude
        overall
      }
    }
  }
`);

/** Each engineer's workload over a period; an engineer gets their own row only. */
export const WORKLOAD_DASHBOARD = graphql(`
  query WorkloadDashboard($filter: DashboardFilter!) {
    workloadFigures(filter: $filter) {
      engineerId
      engineerName
      openTickets
      firstPresalesProjects
      secondPresalesProjects
      trackingEntries
      reportsFiled
      reportsLate
      reportsMissing
      complaintsFiled
      complaintsUpheld
      performanceLevel
    }
  }
`);

/** R&D's figures over a period: work orders by state, the hours to assign and to close, the cost of each project. */
export const RND_DASHBOARD = graphql(`
  query RndDashboard($filter: RndFilter!) {
    rndFigures(filter: $filter) {
      workOrdersByState {
        status
        count
        averageAgeDays
        oldestAgeDays
      }
      hoursToAssign {
        count
        median
        p90
      }
      hoursToClose {
        count
        median
        p90
      }
      projectCosts {
        projectId
        projectName
        improvementRequests
        openImprovementRequests
        rndHours
        thresholdHours
        bonusAfterRndCost
      }
    }
  }
`);

/** The projects to narrow the R&D figures to (those the viewer may see). */
export const RND_DASHBOARD_PROJECTS = graphql(`
  query RndDashboardProjects {
    projects {
      id
      name
    }
  }
`);

export const WORK_REPORT_FIELDS = graphql(`
  fragment WorkReportFields on WorkReport {
    id
    month
    scope
    engineerId
    engineerName
    generatedAt
    generatedBy
    figures {
      ...WorkReportFiguresFields
    }
    problems {
      kind
      count
      detail
    }
    members {
      engineerId
      engineerName
      figures {
        ...WorkReportFiguresFields
      }
    }
  }

  fragment WorkReportFiguresFields on WorkReportFigures {
    ticketsAssigned
    ticketsResolved
    responseMet
    responseBreached
    resolutionMet
    resolutionBreached
    satisfactionAnswered
    satisfactionAverage
    reportsFiled
    trackingEntries
    projectsSupported
    workOrdersSubmitted
    improvementRequests
    complaintsUpheld
    performanceLevel
  }
`);

/** One month's work report: an engineer's, or the team's when engineerId is null; null until generated. */
export const WORK_REPORT = graphql(`
  query WorkReport($month: String!, $engineerId: ID) {
    workReport(month: $month, engineerId: $engineerId) {
      ...WorkReportFields
    }
  }
`);

/** (Re)generates a month's work report from the figures as they are now. */
export const GENERATE_WORK_REPORT = graphql(`
  mutation GenerateWorkReport($month: String!, $engineerId: ID) {
    generateWorkReport(month: $month, engineerId: $engineerId) {
      ...WorkReportFields
    }
  }
`);

/** Something the dashboards count changed (tickets, R&D, reports): the figures are read again. */
export const DASHBOARD_CHANGED = graphql(`
  subscription DashboardChanged {
    dashboardChanged {
      seq
      kind
    }
  }
`);
