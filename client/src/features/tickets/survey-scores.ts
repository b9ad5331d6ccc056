/** The four things a customer rates, 1–5, in the order the survey asks them (server: satisfaction SCORES). */
export const SURVEY_SCORES = ['responseSpeed', 'resolution', 'professionalism', 'attitude'] as const;
export type SurveyScore = (typeof SURVEY_SCORES)[number];
