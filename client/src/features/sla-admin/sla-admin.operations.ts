import { graphql } from '../../gql';

export const BUSINESS_CALENDAR_ITEM = graphql(`
  fragment BusinessCalendarItem on BusinessCalendar {
    id
    name
    timeZone
    workingWeekdays
    holidays
    makeUpWorkdays
    version
    periods {
      start
      end
    }
  }
`);

export const SLA_POLICY_ITEM = graphql(`
  fragment SlaPolicyItem on SlaPolicy {
    id
    name
    isDefault
    warnAtShare
    version
    calendar {
      id
      name
    }
    targets {
      priority
      responseMinutes
      resolutionMinutes
    }
  }
`);

/** Everything the SLA page shows: the calendars by name, the policies with the default first. */
export const SLA_ADMIN = graphql(`
  query SlaAdmin {
    businessCalendars {
      ...BusinessCalendarItem
    }
    slaPolicies {
      ...SlaPolicyItem
    }
  }
`);

export const SAVE_BUSINESS_CALENDAR = graphql(`
  mutation SaveBusinessCalendar($input: SaveBusinessCalendarInput!) {
    saveBusinessCalendar(input: $input) {
      ...BusinessCalendarItem
    }
  }
`);

export const SAVE_SLA_POLICY = graphql(`
  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {
    saveSlaPolicy(input: $input) {
      ...SlaPolicyItem
    }
  }
`);
