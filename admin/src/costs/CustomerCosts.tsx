import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatUsd } from '../shared/format';
import type { CostsReport } from '../types';

const COLUMNS = [
  'Customer',
  'Calls',
  'AI-resolved',
  'Escalated',
  'Tickets',
  'SLA met',
  'SLA breached',
  'Satisfaction',
  'AI cost',
  'Twilio cost',
  'Per call',
];

/** customer_metrics for the month: what each customer's support cost, and how it went. */
export function CustomerCosts({ report }: { report: CostsReport }) {
  return (
    <Card>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          Customers, {report.month}
          {report.customersRolledUpAt && (
            <Typography component="span" variant="caption" color="text.secondary">
              {' '}
              (rolled up {new Date(report.customersRolledUpAt).toLocaleString()})
            </Typography>
          )}
        </Typography>
        {report.customers.length === 0 ? (
          <Typography color="text.secondary">No customer figures for this month yet: the daily rollup writes them at 00:20 UTC.</Typography>
        ) : (
          <Table size="small" data-testid="customer-costs">
            <TableHead>
              <TableRow>
                {COLUMNS.map((column) => (
                  <TableCell key={column} align={column === 'Customer' ? 'left' : 'right'}>
                    {column}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.customers.map((customer) => (
                <TableRow key={customer.organizationId}>
                  <TableCell>{customer.organizationName}</TableCell>
                  <TableCell align="right">{customer.calls}</TableCell>
                  <TableCell align="right">{customer.resolvedByAi}</TableCell>
                  <TableCell align="right">{customer.escalated}</TableCell>
                  <TableCell align="right">{customer.tickets}</TableCell>
                  <TableCell align="right">{customer.slaMet}</TableCell>
                  <TableCell align="right">{customer.slaBreaches}</TableCell>
                  <TableCell align="right">{customer.satisfaction?.toFixed(1) ?? '—'}</TableCell>
                  <TableCell align="right">{formatUsd(customer.aiCostUsd)}</TableCell>
                  <TableCell align="right">{formatUsd(customer.twilioCostUsd)}</TableCell>
                  <TableCell align="right">{formatUsd(customer.costPerCallUsd)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
