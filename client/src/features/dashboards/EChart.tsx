import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ECharts, type EChartsCoreOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type HTMLAttributes, useEffect, useRef } from 'react';

// Only what the dashboards draw, so that the bundle stays small.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface EChartProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  option: EChartsCoreOption;
  height?: number;
  /** The figures are loading: a spinner over the chart (no text, so nothing to translate). */
  loading?: boolean;
}

/** An ECharts chart: made on mount, given `option` whenever it changes, resized with the window, disposed on unmount. */
export function EChart({ option, height = 320, loading = false, style, ...rest }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = init(element);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    if (loading) chart.current?.showLoading('default', { text: '', color: '#1677ff', maskColor: 'rgba(255, 255, 255, 0.7)' });
    else chart.current?.hideLoading();
  }, [loading]);

  return <div ref={container} style={{ width: '100%', height, ...style }} {...rest} />;
}
