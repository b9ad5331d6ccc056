/** Error codes of fault-handling work orders. */
export enum WorkOrderErrorCode {
  /** 第四十四条: three failed attempts on record, or an obvious severe bug, before R&D is asked. */
  FAULT_GATE_NOT_MET = 'FAULT_GATE_NOT_MET',
  /** The action is not possible in the work order's state. */
  WORK_ORDER_ACTION_NOT_ALLOWED = 'WORK_ORDER_ACTION_NOT_ALLOWED',
}
