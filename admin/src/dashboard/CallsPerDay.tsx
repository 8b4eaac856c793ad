import { Box, Card, CardContent, Tooltip, Typography } from '@mui/material';
import type { DashboardOverview } from '../types';

const CHART_HEIGHT = 140;

/** Seven stacked bars (AI-resolved, escalated, other), no chart library needed. */
export function CallsPerDay({ days }: { days: DashboardOverview['callsPerDay'] }) {
  const max = Math.max(1, ...days.map((day) => day.calls));
  return (
    <Card sx={{ flex: '2 1 420px' }}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          Calls per day (UTC, last 7 days)
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 1.5, height: CHART_HEIGHT + 24 }}>
          {days.map((day) => {
            const other = day.calls - day.aiResolved - day.escalated;
            const scale = (count: number) => (Math.max(0, count) / max) * CHART_HEIGHT;
            return (
              <Tooltip key={day.date} title={`${day.calls} calls · ${day.aiResolved} AI-resolved · ${day.escalated} escalated`}>
                <Box sx={{ flex: 1, display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                  <Box sx={{ width: '100%', maxWidth: 40, display: 'flex', flexDirection: 'column-reverse' }}>
                    <Box sx={{ height: scale(day.aiResolved), bgcolor: 'success.main' }} />
                    <Box sx={{ height: scale(day.escalated), bgcolor: 'warning.main' }} />
                    <Box sx={{ height: scale(other), bgcolor: 'primary.light' }} />
                  </Box>
                  <Typography variant="caption">{day.date.slice(5)}</Typography>
                </Box>
              </Tooltip>
            );
          })}
        </Box>
        <Typography variant="caption" color="text.secondary">
          green: resolved by AI · orange: escalated · blue: other
        </Typography>
      </CardContent>
    </Card>
  );
}
