import { skipToken, useQuery } from '@apollo/client/react';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RND_PEOPLE } from '../people/people.operations';
import { PeriodPicker } from './DashboardFilters';
import type { Period } from './dashboard-meta';
import { RND_DASHBOARD_PROJECTS } from './dashboards.operations';

export interface RndChoice {
  projectId: string | undefined;
  leadId: string | undefined;
}

interface RndFiltersProps {
  period: Period;
  onPeriod(period: Period): void;
  choice: RndChoice;
  onChoice(choice: RndChoice): void;
  /** Whether the viewer picks among the leads (an R&D engineer sees their own work only). */
  byLead: boolean;
}

/** The period, the project and the R&D lead the R&D figures are taken over. */
export function RndFilters({ period, onPeriod, choice, onChoice, byLead }: RndFiltersProps) {
  const { t } = useTranslation();
  const projects = useQuery(RND_DASHBOARD_PROJECTS);
  const leads = useQuery(RND_PEOPLE, byLead ? {} : skipToken);
  return (
    <Space wrap className="dashboard-filters">
      <PeriodPicker period={period} onPeriod={onPeriod} />
      <Select
        data-testid="rnd-project"
        aria-label={t('dashboard.rnd.project')}
        className="dashboard-filters__select"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('dashboard.rnd.allProjects')}
        loading={projects.loading}
        value={choice.projectId}
        onChange={(projectId?: string) => onChoice({ ...choice, projectId })}
        options={projects.data?.projects.map((project) => ({ value: project.id, label: project.name }))}
      />
      {byLead && (
        <Select
          data-testid="rnd-lead"
          aria-label={t('dashboard.rnd.lead')}
          className="dashboard-filters__select"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('dashboard.rnd.allLeads')}
          loading={leads.loading}
          value={choice.leadId}
          onChange={(leadId?: string) => onChoice({ ...choice, leadId })}
          options={leads.data?.users.map((user) => ({ value: user.id, label: user.name }))}
        />
      )}
    </Space>
  );
}
