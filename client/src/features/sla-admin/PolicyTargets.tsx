import { useTranslation } from 'react-i18next';
import type { SlaPolicyItemFragment } from '../../gql/graphql';
import { formatMinutes } from '../tickets/sla-time';
import { TICKET_PRIORITIES } from '../tickets/ticket-meta';
import { TicketPriorityTag } from '../tickets/TicketPriorityTag';

/** A policy's targets, one line per priority: respond within …, resolve within … (business time). */
export function PolicyTargets({ targets }: { targets: SlaPolicyItemFragment['targets'] }) {
  const { t } = useTranslation();
  return (
    <div className="sla-policy-targets">
      {TICKET_PRIORITIES.map((priority) => {
        const target = targets.find((row) => row.priority === priority);
        return (
          <div key={priority} className="sla-policy-targets__row" data-priority={priority}>
            <TicketPriorityTag priority={priority} />
            {target
              ? t('slaAdmin.targetLine', { response: formatMinutes(t, target.responseMinutes), resolution: formatMinutes(t, target.resolutionMinutes) })
              : t('app.none')}
          </div>
        );
      })}
    </div>
  );
}
