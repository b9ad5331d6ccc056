import { graphql } from '../../gql';

/** The survey behind a mailed link, read without signing in; null for a token that is not one. */
export const SURVEY_BY_TOKEN = graphql(`
  query SurveyByToken($token: String!) {
    surveyByToken(token: $token) {
      ticketNumber
      ticketTitle
      answered
    }
  }
`);

/** The answer through the mailed link: the token alone authorises it, once. */
export const ANSWER_SURVEY_BY_TOKEN = graphql(`
  mutation AnswerSatisfactionSurveyByToken($input: AnswerSatisfactionSurveyByTokenInput!) {
    answerSatisfactionSurveyByToken(input: $input) {
      ticketNumber
      ticketTitle
      answered
    }
  }
`);
