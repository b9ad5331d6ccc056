import { Tag } from 'antd';
import { useFigureFormat } from './useFigureFormat';

/** A performance level (0 normal, each step down −1): green at 0, orange one step down, red further. */
export function PerformanceLevelTag({ level }: { level: number }) {
  const format = useFigureFormat();
  const color = level === 0 ? 'green' : level === -1 ? 'orange' : 'red';
  return (
    <Tag color={color} data-level={level}>
      {format.level(level)}
    </Tag>
  );
}
