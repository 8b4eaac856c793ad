import type { Db, PrismaClient } from '../../infra/db';
import { enumFilter, idFilter, searchFilter, textEquals } from '../http/filters';
import type { Delegate, ResourceDef } from './crud';

/** Read-only lookups the panel's selects and reference fields need. */

const modelInclude = {
  manufacturer: { select: { name: true } },
  deviceType: { select: { code: true, name: true } },
} as const satisfies Db.Prisma.DeviceModelInclude;
type DeviceModelRow = Db.Prisma.DeviceModelGetPayload<{ include: typeof modelInclude }>;

export const ticketStatuses: ResourceDef<Db.TicketStatus> = {
  name: 'ticket-statuses',
  label: 'ticket status',
  delegate: (prisma: PrismaClient) => prisma.ticketStatus as unknown as Delegate,
  toDto: (row) => row,
  list: {
    sortable: { id: 'id', sortOrder: 'sortOrder', code: 'code', name: 'name' },
    defaultSort: ['sortOrder', 'ASC'],
    filters: { id: idFilter('id'), code: textEquals('code') },
  },
};

export const ticketPriorities: ResourceDef<Db.TicketPriority> = {
  name: 'ticket-priorities',
  label: 'ticket priority',
  delegate: (prisma: PrismaClient) => prisma.ticketPriority as unknown as Delegate,
  toDto: (row) => row,
  list: {
    sortable: { id: 'id', rank: 'rank', code: 'code', name: 'name' },
    defaultSort: ['rank', 'ASC'],
    filters: { id: idFilter('id'), code: textEquals('code') },
  },
};

export const deviceTypes: ResourceDef<Db.DeviceType> = {
  name: 'device-types',
  label: 'device type',
  delegate: (prisma: PrismaClient) => prisma.deviceType as unknown as Delegate,
  toDto: (row) => row,
  list: {
    sortable: { id: 'id', code: 'code', name: 'name' },
    defaultSort: ['name', 'ASC'],
    filters: { q: searchFilter(['code', 'name']), id: idFilter('id'), code: textEquals('code') },
  },
};

export const deviceModels: ResourceDef<DeviceModelRow> = {
  name: 'device-models',
  label: 'device model',
  delegate: (prisma: PrismaClient) => prisma.deviceModel as unknown as Delegate,
  include: modelInclude,
  toDto: ({ manufacturer, deviceType, ...row }) => ({
    ...row,
    manufacturerName: manufacturer.name,
    deviceTypeCode: deviceType.code,
    fullName: `${manufacturer.name} ${row.name}`,
  }),
  list: {
    sortable: { id: 'id', name: 'name', manufacturerName: 'manufacturer.name' },
    defaultSort: ['name', 'ASC'],
    filters: {
      q: searchFilter(['name', 'manufacturer.name']),
      id: idFilter('id'),
      deviceTypeId: idFilter('deviceTypeId'),
      type: textEquals('deviceType.code'),
    },
  },
};

export const operatingSystems: ResourceDef<Db.OperatingSystem> = {
  name: 'operating-systems',
  label: 'operating system',
  delegate: (prisma: PrismaClient) => prisma.operatingSystem as unknown as Delegate,
  toDto: (row) => ({ ...row, fullName: `${row.name} ${row.version}` }),
  list: {
    sortable: { id: 'id', name: 'name', version: 'version', family: 'family' },
    defaultSort: ['name', 'ASC'],
    filters: {
      q: searchFilter(['name', 'version']),
      id: idFilter('id'),
      family: enumFilter('family', ['windows', 'macos', 'linux', 'ios', 'android', 'chromeos', 'firmware', 'other']),
    },
  },
};

export const lookups = [ticketStatuses, ticketPriorities, deviceTypes, deviceModels, operatingSystems] as const;
