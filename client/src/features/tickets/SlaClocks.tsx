import type { SlaClockItemFragment, SlaClockKind } from '../../gql/graphql';
import { SlaClockTag } from './SlaClockTag';

const ORDER: readonly SlaClockKind[] = ['RESPONSE', 'RESOLUTION'];

interface Props {
  clocks: readonly SlaClockItemFragment[];
  ticketId: string;
  large?: boolean;
}

/** All of a ticket's SLA clocks at once, response first. */
export function SlaClocks({ clocks, ticketId, large = false }: Props) {
  const sorted = [...clocks].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return (
    <div className={`sla-clocks${large ? ' sla-clocks--large' : ''}`} data-testid={`sla-clocks-${ticketId}`}>
      {sorted.map((clock) => (
        <SlaClockTag key={clock.id} clock={clock} ticketId={ticketId} large={large} />
      ))}
    </div>
  );
}
