import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../app/forms/SelectField';
import { RND_PEOPLE } from './people.operations';

interface Props {
  name: string;
  label: string;
  extra?: string;
  /** People already on the work, who are not offered again. */
  exclude?: readonly string[];
  testId?: string;
}

/** A form field choosing one R&D engineer: a lead or a member of R&D work. */
export function RndPersonField({ name, label, extra, exclude = [], testId }: Props) {
  const { t } = useTranslation();
  const people = useQuery(RND_PEOPLE);
  const options = people.data?.users.filter((user) => !exclude.includes(user.id)).map((user) => ({ value: user.id, label: user.name }));
  return <SelectField name={name} label={label} extra={extra} placeholder={t('rnd.personPlaceholder')} options={options} loading={people.loading} testId={testId} />;
}
