import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetailFragment } from '../../gql/graphql';

type Answers = Pick<WorkOrderDetailFragment, 'rndAdvice' | 'resubmissionNote' | 'solution' | 'disputeReason' | 'conversionProposal'>;

/** How each answer looks: R&D's advice and a dispute push back; the solution closes; the rest inform. */
const ANSWERS = [
  { field: 'rndAdvice', type: 'warning' },
  { field: 'resubmissionNote', type: 'info' },
  { field: 'solution', type: 'success' },
  { field: 'disputeReason', type: 'error' },
  { field: 'conversionProposal', type: 'info' },
] as const satisfies readonly { field: keyof Answers; type: 'warning' | 'info' | 'success' | 'error' }[];

/** What the two sides wrote to each other: R&D's advice, the resubmission's note, the solution, the dispute's reason, the conversion proposal. */
export function WorkOrderAnswers({ order }: { order: Answers }) {
  const { t } = useTranslation();
  return ANSWERS.map(({ field, type }) => {
    const text = order[field];
    return (
      text && (
        <Alert
          key={field}
          type={type}
          showIcon
          className="work-order-page__answer"
          title={t(`workOrders.answer.${field}`)}
          description={<span className="work-order-page__text">{text}</span>}
          data-testid={`work-order-${field}`}
        />
      )
    );
  });
}
