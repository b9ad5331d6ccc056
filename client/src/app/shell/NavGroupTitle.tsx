import { DownOutlined } from '@ant-design/icons';
import { Badge } from 'antd';

interface Props {
  /** Test id `nav-${name}`, with `data-count`. */
  name: string;
  label: string;
  /** What waits for the viewer inside the group, shown on it while it is closed. */
  count?: number;
}

/** The title of a group of header entries (a submenu, opened on hover), with how much waits inside it. */
export function NavGroupTitle({ name, label, count = 0 }: Props) {
  return (
    <span data-testid={`nav-${name}`} data-count={count}>
      {label}
      <DownOutlined className="shell__nav-caret" />
      {count > 0 && <Badge count={count} size="small" className="shell__nav-count" />}
    </span>
  );
}
