import { Box, Card, CardContent, Tooltip, Typography } from '@mui/material';
import { formatUsd } from '../shared/format';
import type { CostsReport } from '../types';

const CHART_HEIGHT = 140;

/** AI and Twilio cost per day, stacked bars (no chart library needed). */
export function DailyCosts({ days }: { days: CostsReport['days'] }) {
  const max = Math.max(0.000001, ...days.map((day) => day.aiCostUsd + day.twilioCostUsd));
  const scale = (usd: number) => (usd / max) * CHART_HEIGHT;
  return (
    <Card>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          Cost per day (UTC)
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 0.5, height: CHART_HEIGHT + 24 }}>
          {days.map((day) => (
            <Tooltip
              key={day.date}
              title={`${day.date}: AI ${formatUsd(day.aiCostUsd)} · Twilio ${formatUsd(day.twilioCostUsd)} · ${day.calls} calls${day.source === 'live' ? ' (live)' : ''}`}
            >
              <Box sx={{ flex: 1, display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                <Box sx={{ width: '100%', maxWidth: 28, display: 'flex', flexDirection: 'column-reverse' }}>
                  <Box sx={{ height: scale(day.twilioCostUsd), bgcolor: 'warning.main' }} />
                  <Box sx={{ height: scale(day.aiCostUsd), bgcolor: 'primary.main' }} />
                </Box>
                <Typography variant="caption">{day.date.slice(8)}</Typography>
              </Box>
            </Tooltip>
          ))}
        </Box>
        <Typography variant="caption" color="text.secondary">
          blue: AI (model tokens) · orange: Twilio (calls and SMS)
        </Typography>
      </CardContent>
    </Card>
  );
}
