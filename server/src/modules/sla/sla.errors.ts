/** Error codes of SLA clocks and their configuration. */
export enum SlaErrorCode {
  /** The calendar has too little working time to ever reach the target (searched ~3 years ahead). */
  SLA_TARGET_UNREACHABLE = 'SLA_TARGET_UNREACHABLE',
}
