import CallIcon from '@mui/icons-material/Call';
import SmartToyIcon from '@mui/icons-material/SmartToy';
import TimerIcon from '@mui/icons-material/Timer';
import WarningIcon from '@mui/icons-material/Warning';
import { Alert, Box, CircularProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title } from 'react-admin';
import { getJson } from '../data-provider';
import { formatDuration, formatPercent, formatUsd } from '../shared/format';
import type { DashboardOverview } from '../types';
import { ActivityCharts } from './ActivityCharts';
import { Breakdown } from './Breakdown';
import { RecentCalls } from './RecentCalls';
import { StatCard } from './StatCard';

function Figures({ data }: { data: DashboardOverview }) {
  const { calls, tickets, escalations } = data;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
      <StatCard
        label="Calls today"
        value={calls.today}
        hint={`${calls.last7Days} in the last 7 days · ${calls.inProgress} live`}
        icon={<CallIcon fontSize="small" />}
      />
      <StatCard
        label="AI resolution"
        value={formatPercent(calls.aiResolutionRate)}
        hint="of finished calls, 7 days"
        icon={<SmartToyIcon fontSize="small" />}
      />
      <StatCard
        label="Escalations"
        value={escalations.calls7Days + escalations.tickets7Days}
        hint={`${escalations.calls7Days} calls · ${escalations.tickets7Days} tickets, 7 days`}
      />
      <StatCard label="Open tickets" value={tickets.open} hint={`${tickets.createdToday} opened today`} />
      <StatCard
        label="SLA breaches"
        value={tickets.slaBreaches}
        hint={`${tickets.overdue} overdue`}
        icon={<WarningIcon fontSize="small" color={tickets.slaBreaches ? 'error' : 'inherit'} />}
      />
      <StatCard label="Avg call" value={formatDuration(calls.avgDurationSeconds)} hint="7 days" icon={<TimerIcon fontSize="small" />} />
      <StatCard
        label="Cost"
        value={formatUsd(data.costs7Days.aiUsd + data.costs7Days.twilioUsd)}
        hint={`AI ${formatUsd(data.costs7Days.aiUsd)} · Twilio ${formatUsd(data.costs7Days.twilioUsd)}, 7 days`}
      />
    </Box>
  );
}

function Charts({ data }: { data: DashboardOverview }) {
  const priority = data.tickets.openByPriority;
  const sentiment = data.sentiment;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
      <Breakdown
        title="Open tickets by priority"
        rows={[
          { label: 'Critical', value: priority.critical ?? 0, color: 'error' },
          { label: 'High', value: priority.high ?? 0, color: 'warning' },
          { label: 'Medium', value: priority.medium ?? 0, color: 'info' },
          { label: 'Low', value: priority.low ?? 0, color: 'inherit' },
        ]}
      />
      <Breakdown
        title="Caller sentiment (7 days)"
        rows={[
          { label: 'Positive', value: sentiment.positive, color: 'success' },
          { label: 'Neutral', value: sentiment.neutral, color: 'info' },
          { label: 'Negative', value: sentiment.negative, color: 'error' },
          { label: 'Not analysed', value: sentiment.unknown, color: 'inherit' },
        ]}
      />
    </Box>
  );
}

/** The supervisor's overview; refetched by react-admin's refresh when live events arrive. */
export function Dashboard() {
  const { data, error, isPending } = useQuery({
    queryKey: ['dashboard', 'overview'],
    queryFn: () => getJson<DashboardOverview>('/dashboard/overview'),
  });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Title title="URackIT — support floor" />
      {isPending && <CircularProgress />}
      {error && <Alert severity="error">Could not load the overview: {error.message}</Alert>}
      {data && (
        <>
          <Figures data={data} />
          <ActivityCharts />
          <Charts data={data} />
          <RecentCalls calls={data.recentCalls} />
        </>
      )}
    </Box>
  );
}
