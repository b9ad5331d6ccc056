import { Badge } from 'antd';
import { Link } from 'react-router';

interface Props {
  to: string;
  /** Test ids: `nav-${name}` on the link (with `data-count`), `${name}-count` on the badge. */
  name: string;
  label: string;
  count: number;
}

/** A header link with how many things wait there for the viewer. */
export function CountedNavLink({ to, name, label, count }: Props) {
  return (
    <Link to={to} data-testid={`nav-${name}`} data-count={count}>
      {label}
      <Badge count={count} size="small" className="shell__nav-count" data-testid={`${name}-count`} />
    </Link>
  );
}
