import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../app/forms/SelectField';
import { TICKET_ENGINEERS } from './tickets.operations';

interface Props {
  name: string;
  label: string;
  extra?: string;
  /** Only senior engineers (escalation to the senior tier). */
  seniorOnly?: boolean;
  optional?: boolean;
  testId?: string;
}

/** A form field choosing one engineer who works tickets; seniors are marked. */
export function EngineerField({ name, label, extra, seniorOnly = false, optional = false, testId }: Props) {
  const { t } = useTranslation();
  const people = useQuery(TICKET_ENGINEERS);
  const options = people.data?.users
    .filter((user) => !seniorOnly || user.senior)
    .map((user) => ({ value: user.id, label: user.senior ? t('tickets.seniorName', { name: user.name }) : user.name }));
  return <SelectField name={name} label={label} extra={extra} placeholder={t('tickets.engineerPlaceholder')} options={options} loading={people.loading} optional={optional} testId={testId} />;
}
