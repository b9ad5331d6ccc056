import { useMutation } from '@apollo/client/react';
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { BusinessCalendarItemFragment } from '../../gql/graphql';
import { type CalendarFormValues, calendarFormValues, calendarInput, placeCalendarProblem } from './calendar-form';
import { PeriodsField } from './PeriodsField';
import { SAVE_BUSINESS_CALENDAR } from './sla-admin.operations';
import { timeZoneOptions, WEEKDAYS } from './sla-admin-meta';

interface Props {
  /** The calendar to change; none: a new one. */
  calendar: BusinessCalendarItemFragment | null;
  onClose(): void;
  onSettled(): void;
}

/** A business calendar: time zone, working periods of a day, working weekdays, public holidays and make-up workdays (调休). */
export function CalendarDrawer({ calendar, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<CalendarFormValues>(placeCalendarProblem, onClose);
  const change = useChange(onSettled, t('slaAdmin.conflict'));
  const [save, { loading }] = useMutation(SAVE_BUSINESS_CALENDAR, { refetchQueries: ['SlaAdmin'] });
  const zones = useMemo(() => timeZoneOptions(calendar?.timeZone), [calendar]);
  const required = { required: true, message: t('validation.REQUIRED') };

  const submit = (values: CalendarFormValues) => {
    const input = { ...calendarInput(values), ...(calendar ? { id: calendar.id, expectedVersion: calendar.version } : {}) };
    void settle(change(() => save({ variables: { input } }), t('slaAdmin.calendarSaved', { name: input.name })));
  };

  return (
    <FormDialog
      variant="drawer"
      size={600}
      form={form}
      name="business-calendar"
      title={calendar ? t('slaAdmin.editCalendar', { name: calendar.name }) : t('slaAdmin.newCalendar')}
      intro={t('slaAdmin.calendarIntro')}
      submitLabel={t('slaAdmin.save')}
      loading={loading}
      formError={formError}
      initialValues={calendarFormValues(calendar)}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('slaAdmin.calendarName')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="timeZone" label={t('slaAdmin.timeZone')} extra={t('slaAdmin.timeZoneHint')} rules={[{ ...required, whitespace: true }]}>
        <Select options={zones} showSearch={{ optionFilterProp: 'label' }} data-testid="calendar-time-zone" />
      </Form.Item>
      <PeriodsField />
      <Form.Item name="workingWeekdays" label={t('slaAdmin.workingWeekdays')} rules={[required]}>
        <Checkbox.Group options={WEEKDAYS.map((day) => ({ value: day, label: t(`slaAdmin.weekday.${day}`) }))} data-testid="calendar-weekdays" />
      </Form.Item>
      <Form.Item name="holidays" label={t('slaAdmin.holidays')} extra={t('slaAdmin.holidaysHint')}>
        <DatePicker multiple style={{ width: '100%' }} placeholder={t('slaAdmin.pickDays')} data-testid="calendar-holidays" />
      </Form.Item>
      <Form.Item name="makeUpWorkdays" label={t('slaAdmin.makeUpWorkdays')} extra={t('slaAdmin.makeUpWorkdaysHint')}>
        <DatePicker multiple style={{ width: '100%' }} placeholder={t('slaAdmin.pickDays')} data-testid="calendar-make-up-workdays" />
      </Form.Item>
    </FormDialog>
  );
}
