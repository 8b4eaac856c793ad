import { Box, Card, CardContent, LinearProgress, Typography } from '@mui/material';

export interface BreakdownRow {
  label: string;
  value: number;
  color: 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning' | 'inherit';
}

/** Labelled horizontal bars, each relative to the largest value. */
export function Breakdown({ title, rows }: { title: string; rows: BreakdownRow[] }) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <Card sx={{ flex: '1 1 280px' }}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {title}
        </Typography>
        {rows.map((row) => (
          <Box key={row.label} sx={{ mb: 1 }}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
              <Typography variant="body2">{row.label}</Typography>
              <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
                {row.value}
              </Typography>
            </Box>
            <LinearProgress variant="determinate" value={(row.value / max) * 100} color={row.color} sx={{ height: 8, borderRadius: 1 }} />
          </Box>
        ))}
      </CardContent>
    </Card>
  );
}
