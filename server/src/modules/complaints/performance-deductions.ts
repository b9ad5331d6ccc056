import type { Config } from '../../config';

export type PerformanceSettings = Pick<Config, 'complaintsPerMonthlyLevel' | 'complaintsPerPermanentLevel'>;

export interface PerformanceDeductions {
  monthlyDeduction: number;
  permanentDeduction: number;
  /** 0 is the normal level; each deduction takes one off. */
  level: number;
}

/**
 * 第十四条: every `complaintsPerMonthlyLevel` upheld complaints filed in a month take one level off
 * that month's performance pay; every `complaintsPerPermanentLevel` upheld up to that month, one
 * level for good. Shared by the performance-level query and the workload dashboard.
 */
export function performanceDeductions(upheldThisMonth: number, upheldTotal: number, settings: PerformanceSettings): PerformanceDeductions {
  const monthlyDeduction = Math.floor(upheldThisMonth / settings.complaintsPerMonthlyLevel);
  const permanentDeduction = Math.floor(upheldTotal / settings.complaintsPerPermanentLevel);
  return { monthlyDeduction, permanentDeduction, level: -(monthlyDeduction + permanentDeduction) };
}
