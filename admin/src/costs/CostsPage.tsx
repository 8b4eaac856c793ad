import PaidIcon from '@mui/icons-material/Paid';
import { Alert, Box, CircularProgress, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider } from 'react-admin';
import type { UrackitDataProvider } from '../data-provider';
import { StatCard } from '../dashboard/StatCard';
import { formatUsd } from '../shared/format';
import { CustomerCosts } from './CustomerCosts';
import { DailyCosts } from './DailyCosts';

const currentMonth = () => new Date().toISOString().slice(0, 7);

/** What support cost in a month, per day and per customer, read from the rollups. */
export function CostsPage() {
  const dataProvider = useDataProvider<UrackitDataProvider>();
  const [month, setMonth] = useState(currentMonth);
  const { data, error, isPending } = useQuery({ queryKey: ['costs', month], queryFn: () => dataProvider.getCosts(month) });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Title title="Costs" />
      <TextField
        type="month"
        label="Month (UTC)"
        value={month}
        onChange={(event) => event.target.value && setMonth(event.target.value)}
        size="small"
        sx={{ maxWidth: 200 }}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      {isPending && <CircularProgress />}
      {error && <Alert severity="error">Could not load the costs: {error.message}</Alert>}
      {data && (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            <StatCard
              label="AI cost"
              value={formatUsd(data.totals.aiCostUsd)}
              hint={`${data.totals.calls} calls`}
              icon={<PaidIcon fontSize="small" />}
            />
            <StatCard label="Twilio cost" value={formatUsd(data.totals.twilioCostUsd)} hint="calls and SMS" />
            <StatCard label="Cost per call" value={formatUsd(data.totals.costPerCallUsd)} hint="AI and Twilio" />
          </Box>
          <DailyCosts days={data.days} />
          <CustomerCosts report={data} />
        </>
      )}
    </Box>
  );
}
