import { describe, expect, it } from 'vitest';
import { buildLiaisonSchema } from '../../server/src/schema';

describe('schema under the test transform', () => {
  it('builds without decorator metadata', () => {
    const schema = buildLiaisonSchema();
    expect(schema.getQueryType()?.getFields().projects).toBeDefined();
  });
});
