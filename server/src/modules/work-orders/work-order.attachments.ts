import type { AttachmentOwnerAccess } from '../attachments/attachment-owner';
import { ATTACHMENT_ADDED } from '../attachments/attachment.service';
import type { WorkOrderService } from './work-order.service';

/** Files on a work order: seen by whoever sees the order, attached by its submitter, lead and members. */
export const workOrderAttachmentAccess = (workOrders: WorkOrderService): AttachmentOwnerAccess => ({
  find: (viewer, id) => workOrders.findVisible(viewer, id),
  refusal: async (viewer, id) => {
    const order = await workOrders.findVisible(viewer, id);
    return order && (await workOrders.worksOn(viewer, order)) ? null : 'attach files to this work order (its submitter, lead and members do)';
  },
  event: async (order, viewer, fileName, size) => ({ type: ATTACHMENT_ADDED, projectId: order.projectId, entityType: 'FaultWorkOrder', entityId: order.id, actorId: viewer.id, payload: { fileName, size } }),
});
