import { Alert, Box, Card, CardContent, CircularProgress, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, Line, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UrackitDataProvider } from '../data-provider';
import type { ActivityGranularity, ActivityPoint } from '../types';

const DAY_MS = 86_400_000;
/** The API draws hourly bars over a week at most (GET /dashboard/activity). */
const MAX_HOURLY_DAYS = 7;
const CHART_HEIGHT = 220;

const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

interface Range {
  from: string;
  to: string;
  granularity: ActivityGranularity;
}

function lastWeek(): Range {
  const today = Date.now();
  return { from: isoDay(today - 6 * DAY_MS), to: isoDay(today), granularity: 'day' };
}

const spanDays = (range: Range) => (Date.parse(range.to) - Date.parse(range.from)) / DAY_MS + 1;

/** Bars are labelled by day, or by hour when the chart is hourly (a day's hours, or "MM-DD HHh" over several). */
function periodLabel(range: Range) {
  return (period: string) => {
    if (range.granularity === 'day') return period.slice(5, 10);
    return range.from === range.to ? `${period.slice(11, 13)}h` : `${period.slice(5, 10)} ${period.slice(11, 13)}h`;
  };
}

function RangePicker({ range, onChange }: { range: Range; onChange: (range: Range) => void }) {
  const hourlyAllowed = spanDays(range) <= MAX_HOURLY_DAYS;
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      <TextField
        label="From"
        type="date"
        size="small"
        value={range.from}
        onChange={(event) => event.target.value && onChange({ ...range, from: event.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'activity-from' } }}
      />
      <TextField
        label="To"
        type="date"
        size="small"
        value={range.to}
        onChange={(event) => event.target.value && onChange({ ...range, to: event.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'activity-to' } }}
      />
      <ToggleButtonGroup
        size="small"
        exclusive
        value={range.granularity}
        onChange={(_event, granularity: ActivityGranularity | null) => granularity && onChange({ ...range, granularity })}
      >
        <ToggleButton value="hour" disabled={!hourlyAllowed} title={hourlyAllowed ? '' : `hourly over ${MAX_HOURLY_DAYS} days at most`}>
          Per hour
        </ToggleButton>
        <ToggleButton value="day">Per day</ToggleButton>
      </ToggleButtonGroup>
    </Box>
  );
}

function Totals({ points }: { points: ActivityPoint[] }) {
  const sum = (pick: (point: ActivityPoint) => number) => points.reduce((total, point) => total + pick(point), 0);
  const calls = sum((point) => point.calls);
  const aiResolved = sum((point) => point.aiResolved);
  return (
    <Typography variant="body2" color="text.secondary" data-testid="activity-totals">
      {calls} calls · {aiResolved} resolved by AI · {sum((point) => point.escalated)} escalated · {sum((point) => point.ticketed)} ticketed
      · SLA {sum((point) => point.slaMet)} met, {sum((point) => point.slaBreached)} breached
    </Typography>
  );
}

function Charts({ points, label }: { points: ActivityPoint[]; label: (period: string) => string }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
      <Box sx={{ flex: '2 1 420px', minWidth: 0 }} data-testid="activity-calls-chart">
        <Typography variant="subtitle2">Calls and how they ended</Typography>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <ComposedChart data={points}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" tickFormatter={label} minTickGap={12} />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(period) => label(String(period))} />
            <Legend />
            <Bar dataKey="aiResolved" name="Resolved by AI" fill="#2e7d32" isAnimationActive={false} />
            <Bar dataKey="escalated" name="Escalated" fill="#ed6c02" isAnimationActive={false} />
            <Bar dataKey="ticketed" name="Ticketed" fill="#0288d1" isAnimationActive={false} />
            <Line dataKey="calls" name="All calls" stroke="#455a64" dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </Box>
      <Box sx={{ flex: '1 1 300px', minWidth: 0 }} data-testid="activity-sla-chart">
        <Typography variant="subtitle2">Tickets resolved: SLA met vs breached</Typography>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart data={points}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" tickFormatter={label} minTickGap={12} />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(period) => label(String(period))} />
            <Legend />
            <Bar dataKey="slaMet" name="Met" stackId="sla" fill="#2e7d32" isAnimationActive={false} />
            <Bar dataKey="slaBreached" name="Breached" stackId="sla" fill="#d32f2f" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </Box>
  );
}

/** The dashboard's activity over any range (UTC), per hour or per day, from `GET /dashboard/activity`. */
export function ActivityCharts() {
  const dataProvider = useDataProvider<UrackitDataProvider>();
  const [range, setRange] = useState<Range>(lastWeek);
  const valid = range.from <= range.to;
  const { data, error, isPending } = useQuery({
    queryKey: ['dashboard', 'activity', range],
    queryFn: () => dataProvider.getActivity(range),
    enabled: valid,
  });
  const changeRange = (next: Range) =>
    setRange(next.granularity === 'hour' && spanDays(next) > MAX_HOURLY_DAYS ? { ...next, granularity: 'day' } : next);
  return (
    <Card>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="subtitle1">Activity (UTC)</Typography>
          <RangePicker range={range} onChange={changeRange} />
        </Box>
        {!valid && <Alert severity="warning">“From” is after “To”.</Alert>}
        {valid && isPending && <CircularProgress size={24} />}
        {error && <Alert severity="error">Could not load the activity: {error.message}</Alert>}
        {data && (
          <>
            <Totals points={data} />
            <Charts points={data} label={periodLabel(range)} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
