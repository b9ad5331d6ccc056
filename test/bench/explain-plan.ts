/** What a plan reads: the indexes it uses and the tables it scans sequentially. */
export interface PlanSummary {
  indexes: string[];
  seqScans: string[];
}

interface PlanNode {
  'Node Type'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Walks an `EXPLAIN (FORMAT JSON)` result (an array holding `{ Plan }`). */
export function summarisePlan(explained: unknown): PlanSummary {
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  const visit = (node: PlanNode) => {
    if (node['Index Name']) indexes.add(node['Index Name']);
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) seqScans.add(node['Relation Name']);
    node.Plans?.forEach(visit);
  };
  for (const root of explained as { Plan: PlanNode }[]) visit(root.Plan);
  return { indexes: [...indexes].sort(), seqScans: [...seqScans].sort() };
}
