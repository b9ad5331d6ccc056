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
