import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildLiaisonSchema, printLiaisonSchema } from '../../server/src/schema';

const root = path.resolve(import.meta.dirname, '../..');

describe('GraphQL schema', () => {
  it('builds under the test transform, which emits no decorator metadata', () => {
    const fields = buildLiaisonSchema().getQueryType()?.getFields() ?? {};
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['projects', 'project', 'changesSince', 'me']));
  });

  it('is committed as schema/schema.graphql and up to date (run `npm run codegen` after changing the API)', async () => {
    const committed = await readFile(path.join(root, 'schema/schema.graphql'), 'utf8');
    expect(committed).toBe(printLiaisonSchema());
  });

  it('gives every root field an authorization decision', () => {
    const schema = buildLiaisonSchema();
    const undecided: string[] = [];
    const decisions: Record<string, string> = {};
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const access = field.extensions?.access;
        if (typeof access !== 'string') undecided.push(`${type.name}.${field.name}`);
        else decisions[`${type.name}.${field.name}`] = access;
      }
    }
    expect(undecided).toEqual([]);
    // Only these may be called without signing in.
    expect(Object.entries(decisions).filter(([, access]) => access === 'public').map(([name]) => name).sort()).toEqual(['Mutation.answerSatisfactionSurveyByToken', 'Mutation.login', 'Query.me', 'Query.surveyByToken']);
  });
});
