import { Card, CardContent, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd } from '../shared/format';
import type { CostsReport } from '../types';

const CHART_HEIGHT = 200;

/** AI and Twilio cost per day of the month, stacked. */
export function DailyCosts({ days }: { days: CostsReport['days'] }) {
  return (
    <Card>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          Cost per day (UTC)
        </Typography>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart data={days}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={(date: string) => date.slice(8)} />
            <YAxis tickFormatter={(usd: number) => formatUsd(usd)} width={72} />
            <Tooltip
              formatter={(usd) => formatUsd(Number(usd))}
              labelFormatter={(date, payload) => `${String(date)}${payload[0]?.payload?.source === 'live' ? ' (live)' : ''}`}
            />
            <Legend />
            <Bar dataKey="aiCostUsd" name="AI (model tokens)" stackId="cost" fill="#1976d2" isAnimationActive={false} />
            <Bar dataKey="twilioCostUsd" name="Twilio (calls and SMS)" stackId="cost" fill="#ed6c02" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </CardContent>
    </Card>
  );
}
