import { Card, Col, Statistic } from 'antd';

interface FigureCardProps {
  /** Test id `figure-${name}`. */
  name: string;
  title: string;
  value: string;
  /** What the figure is taken over. */
  note?: string;
}

/** One figure in a row of cards: its name, its value, and what it is taken over. */
export function FigureCard({ name, title, value, note }: FigureCardProps) {
  return (
    <Col xs={24} sm={12} lg={6}>
      <Card size="small" data-testid={`figure-${name}`}>
        <Statistic title={title} value={value} />
        {note && <div className="dashboard-figure-note">{note}</div>}
      </Card>
    </Col>
  );
}
