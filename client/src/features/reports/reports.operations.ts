import { graphql } from '../../gql';

/** One communication report as the Reports tab shows it. */
export const REPORT_ITEM = graphql(`
  fragment ReportItem on CommunicationReport {
    id
    title
    result
    method
    channel
    communicator
    communicatedAt
    problemsHandled
    remainingProblems
    writtenRequestedAt
    createdAt
    author {
      id
      name
    }
  }
`);

export const FILE_COMMUNICATION_REPORT = graphql(`
  mutation FileCommunicationReport($input: FileCommunicationReportInput!) {
    fileCommunicationReport(input: $input) {
      ...ReportItem
    }
  }
`);

export const REQUEST_WRITTEN_REPORT = graphql(`
  mutation RequestWrittenReport($reportId: ID!) {
    requestWrittenReport(reportId: $reportId) {
      ...ReportItem
    }
  }
`);
