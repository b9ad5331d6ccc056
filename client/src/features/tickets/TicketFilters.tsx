import { Checkbox, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueueFilter } from './queue-filter';
import { TICKET_PRIORITIES, TICKET_STATUSES } from './ticket-meta';

interface Props {
  value: QueueFilter;
  onChange(filter: QueueFilter): void;
}

/** The queue's filters: states (open ones unless chosen), priorities, mine, nobody's yet, and a search by number, title or description. */
export function TicketFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="ticket-filters" data-testid="ticket-filters">
      <Select
        mode="multiple"
        allowClear
        className="ticket-filters__select"
        placeholder={t('tickets.filter.openStatuses')}
        value={value.statuses}
        onChange={(statuses) => onChange({ ...value, statuses })}
        options={TICKET_STATUSES.map((status) => ({ value: status, label: t(`ticketStatus.${status}`) }))}
        data-testid="ticket-filter-status"
      />
      <Select
        mode="multiple"
        allowClear
        className="ticket-filters__select"
        placeholder={t('tickets.filter.allPriorities')}
        value={value.priorities}
        onChange={(priorities) => onChange({ ...value, priorities })}
        options={TICKET_PRIORITIES.map((priority) => ({ value: priority, label: t(`ticketPriority.${priority}`) }))}
        data-testid="ticket-filter-priority"
      />
      <Checkbox checked={value.mine} onChange={(event) => onChange({ ...value, mine: event.target.checked, unassigned: false })} data-testid="ticket-filter-mine">
        {t('tickets.filter.mine')}
      </Checkbox>
      <Checkbox checked={value.unassigned} onChange={(event) => onChange({ ...value, unassigned: event.target.checked, mine: false })} data-testid="ticket-filter-unassigned">
        {t('tickets.filter.unassigned')}
      </Checkbox>
      <Input.Search
        allowClear
        className="ticket-filters__search"
        placeholder={t('tickets.filter.search')}
        defaultValue={value.text}
        onSearch={(text) => onChange({ ...value, text })}
        data-testid="ticket-filter-text"
      />
    </div>
  );
}
