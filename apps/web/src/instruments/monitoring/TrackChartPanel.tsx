import { LineChart } from '@mantine/charts';
import { Box, Group, NativeSelect, Stack, Table, Text, Title, VisuallyHidden, getThemeColor, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from './ScrollTable';
import { chartRows, formatScore, formatSessionDate, guideLines, scoreTable, seriesInfo, TOTAL_SCOPE, WARN_TEXT, yDomain, yTicks, type LineStyle, type MarkerShape, type TrackChartData } from './track-chart';
import { useLocale } from './useLocale';

interface MarkerProps {
  shape: MarkerShape;
  cx: number;
  cy: number;
  size: number;
  color: string;
}

/** A marker shape, so lines differ by more than colour (also in print and for colour blindness). */
export function Marker({ shape, cx, cy, size: s, color }: MarkerProps) {
  const common = { fill: color, stroke: 'white', strokeWidth: 1.5 };
  switch (shape) {
    case 'square':
      return <rect x={cx - s} y={cy - s} width={s * 2} height={s * 2} {...common} />;
    case 'triangle':
      return <path d={`M${cx},${cy - s * 1.2} L${cx + s * 1.1},${cy + s * 0.9} L${cx - s * 1.1},${cy + s * 0.9} Z`} {...common} />;
    case 'diamond':
      return <path d={`M${cx},${cy - s * 1.3} L${cx + s * 1.3},${cy} L${cx},${cy + s * 1.3} L${cx - s * 1.3},${cy} Z`} {...common} />;
    case 'cross':
      return (
        <path
          d={`M${cx - s},${cy - s} L${cx + s},${cy + s} M${cx + s},${cy - s} L${cx - s},${cy + s}`}
          stroke={color}
          strokeWidth={3}
          fill="none"
        />
      );
    case 'star':
      return <path d={starPath(cx, cy, s * 1.4, s * 0.6)} {...common} />;
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />;
  }
}

function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    points.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return `M${points.join(' L')} Z`;
}

function LegendSample({ style, color }: { style: LineStyle; color: string }) {
  return (
    <svg width={40} height={16} aria-hidden focusable="false">
      <line x1={2} y1={8} x2={38} y2={8} stroke={color} strokeWidth={2.5} strokeDasharray={style.dash} />
      <Marker shape={style.marker} cx={20} cy={8} size={4.5} color={color} />
    </svg>
  );
}

interface DotProps {
  cx?: number | null;
  cy?: number | null;
  value?: unknown;
  index?: number;
  payload?: { sessionNumber?: number };
}

interface Props {
  chart: TrackChartData;
  scope: string;
  onScopeChange: (scope: string) => void;
}

// The trend per respondent across sessions, with threshold and reference lines, and the same scores
// as a table (its text alternative).
export function TrackChartPanel({ chart, scope, onScopeChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const theme = useMantineTheme();
  const phone = useMediaQuery('(max-width: 36em)');
  const scopeName = (id: string) => (id === TOTAL_SCOPE ? t('monitoring.chart.total') : (chart.scopes.find((s) => s.id === id)?.name ?? id));
  const rows = chartRows(chart, scope);
  const series = seriesInfo(chart, scope);
  const guides = guideLines(chart, scope);
  const domain = yDomain(rows, guides);
  const table = scoreTable(chart, scope);
  const f = (v: number | null | undefined) => formatScore(v, locale);
  const signalsAt = (respondentId: string, session: number) =>
    chart.signals.filter((s) => s.respondentId === respondentId && s.sessionNumber === session && s.scope === scope && s.kind !== 'SPLIT');

  const dot = (info: (typeof series)[number], active: boolean) =>
    function TrackDot(props: DotProps): ReactElement {
      const key = `${info.key}-${props.index ?? 0}${active ? '-active' : ''}`;
      if (typeof props.cx !== 'number' || typeof props.cy !== 'number' || typeof props.value !== 'number') return <g key={key} />;
      return (
        <g key={key} className="kl-chart-dot" data-respondent={info.label} data-session={props.payload?.sessionNumber} data-value={props.value}>
          <Marker shape={info.style.marker} cx={props.cx} cy={props.cy} size={active ? 7 : 5} color={getThemeColor(info.style.color, theme)} />
        </g>
      );
    };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Title order={2} size="h3" id="trend-titel">
          {t('monitoring.chart.title')}
        </Title>
        {chart.scopes.length > 1 ? (
          <NativeSelect
            id="trend-schaal"
            label={t('monitoring.chart.scope')}
            value={scope}
            onChange={(event) => onScopeChange(event.currentTarget.value)}
            data={chart.scopes.map((s) => ({ value: s.id, label: scopeName(s.id) }))}
            w={{ base: '100%', xs: 260 }}
          />
        ) : null}
      </Group>
      {chart.sessions.length === 0 ? (
        <Text c="gray.7">{t('monitoring.chart.empty')}</Text>
      ) : (
        <>
          <Box component="figure" m={0} aria-labelledby="trend-bijschrift">
            <VisuallyHidden component="figcaption" id="trend-bijschrift">
              {t('monitoring.chart.caption', { scope: scopeName(scope) })}
            </VisuallyHidden>
            <ul className="kl-chart-legend" aria-label={t('monitoring.chart.legend')}>
              {series.map((s) => (
                <li key={s.key}>
                  <LegendSample style={s.style} color={getThemeColor(s.style.color, theme)} />
                  <span>{s.label}</span>
                </li>
              ))}
              {guides.map((g) => (
                <li key={g.id}>
                  <svg width={40} height={16} aria-hidden focusable="false">
                    <line x1={2} y1={8} x2={38} y2={8} stroke={getThemeColor(g.kind === 'THRESHOLD' ? 'red.9' : 'gray.7', theme)} strokeWidth={1.5} strokeDasharray={g.kind === 'THRESHOLD' ? '6 3' : '1 3'} />
                  </svg>
                  <span>
                    {g.kind === 'THRESHOLD' ? t('monitoring.chart.thresholdLegend', { label: g.label, value: f(g.value) }) : t('monitoring.chart.referenceLegend', { label: g.label, value: f(g.value) })}
                  </span>
                </li>
              ))}
            </ul>
            <LineChart
              className="kl-track-chart"
              mt="sm"
              h={phone ? 240 : 320}
              data={rows}
              dataKey="session"
              series={series.map((s) => ({ name: s.key, label: s.label, color: s.style.color, strokeDasharray: s.style.dash }))}
              curveType="linear"
              connectNulls
              strokeWidth={2.5}
              withLegend={false}
              accessibilityLayer={false}
              aria-hidden
              textColor="gray.8"
              gridAxis="y"
              xAxisLabel={t('monitoring.chart.session')}
              yAxisProps={{ domain, ticks: yTicks(domain), interval: 0, width: phone ? 28 : 40, tickFormatter: (v: number) => (Number.isInteger(v) ? String(v) : f(v)) }}
              xAxisProps={{ padding: { left: 24, right: 24 } }}
              valueFormatter={(v) => f(v)}
              referenceLines={guides.map((g) => ({
                y: g.value,
                // On a phone the legend above names the lines; labels in the plot would cover the points.
                label: phone ? undefined : g.label,
                color: g.kind === 'THRESHOLD' ? 'red.9' : 'gray.7',
                strokeDasharray: g.kind === 'THRESHOLD' ? '6 3' : '1 3',
                strokeWidth: 1.5,
                labelPosition: g.kind === 'THRESHOLD' ? 'insideBottomLeft' : 'insideTopLeft',
              }))}
              lineProps={(item) => {
                const info = series.find((s) => s.key === item.name);
                return info ? { dot: dot(info, false), activeDot: dot(info, true) } : {};
              }}
              tooltipAnimationDuration={0}
              // The tooltip stays inside the chart (and so inside a phone's screen); long names wrap (monitoring.css).
              tooltipProps={{ allowEscapeViewBox: { x: false, y: false } }}
            />
          </Box>
          <ScrollTable label={t('monitoring.chart.tableCaption', { scope: scopeName(scope) })} minWidth={120 + 100 * (series.length + 1)}>
            <Table striped withTableBorder className="kl-score-table" data-scope={scope}>
              <Table.Caption>{t('monitoring.chart.tableCaption', { scope: scopeName(scope) })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('monitoring.chart.session')}</Table.Th>
                  <Table.Th scope="col">{t('monitoring.chart.date')}</Table.Th>
                  {series.map((s) => (
                    <Table.Th scope="col" key={s.key}>
                      <Group gap={6} wrap="nowrap">
                        <LegendSample style={s.style} color={getThemeColor(s.style.color, theme)} />
                        <span>{s.label}</span>
                      </Group>
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('monitoring.chart.spread')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.map((row) => (
                  <Table.Tr key={row.sessionNumber} data-session={row.sessionNumber}>
                    <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                      {t('monitoring.sessionN', { n: row.sessionNumber })}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSessionDate(row.sessionDate, locale)}</Table.Td>
                    {row.cells.map((cell, i) => {
                      const flagged = signalsAt(cell.respondentId, row.sessionNumber);
                      return (
                        <Table.Td key={cell.respondentId} data-respondent={series[i]?.label} data-flagged={flagged.length > 0 || undefined}>
                          <Group gap={4} wrap="nowrap">
                            <span>{f(cell.value)}</span>
                            {flagged.length > 0 ? (
                              <>
                                <IconAlertTriangle size={14} color={WARN_TEXT} aria-hidden />
                                <VisuallyHidden>{`(${flagged.map((s) => s.label).join(', ')})`}</VisuallyHidden>
                              </>
                            ) : null}
                          </Group>
                        </Table.Td>
                      );
                    })}
                    <Table.Td data-split={row.split || undefined} style={{ whiteSpace: 'nowrap' }}>
                      {row.spread === null ? '–' : row.split ? t('monitoring.chart.spreadSplit', { value: f(row.spread) }) : f(row.spread)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}
