import type { TablePaginationProps } from '@mui/material';
import type { ComponentType } from 'react';
import { Pagination, useListContext, useTranslate, type PaginationProps } from 'react-admin';
import { partialTotal } from '../data-provider/lists';

// react-admin's Pagination hands its other props to MUI's TablePagination after its own, so a
// `labelDisplayedRows` replaces its label; its props type leaves that prop out.
const LabelledPagination = Pagination as ComponentType<PaginationProps & Pick<TablePaginationProps, 'labelDisplayedRows'>>;

/**
 * react-admin's pagination, with a total the API stopped counting at shown as what it is:
 * "1-25 of 1,000+" (react-admin's own partial pagination would say "of more than 25").
 */
export function ListPagination(props: PaginationProps) {
  const { meta } = useListContext();
  const translate = useTranslate();
  const moreThan = partialTotal(meta);
  if (moreThan === undefined) return <Pagination {...props} />;
  const label = ({ from, to }: { from: number; to: number }) =>
    translate('ra.navigation.page_range_info', {
      offsetBegin: from,
      offsetEnd: to,
      total: `${Math.max(moreThan, to).toLocaleString('en-US')}+`,
    });
  return <LabelledPagination {...props} labelDisplayedRows={label} />;
}
