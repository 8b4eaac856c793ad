import { z } from 'zod';
import { Db, type PrismaClient } from '../../infra/db';
import { dateBound, enumFilter, idFilter, searchFilter, textEquals } from '../http/filters';
import { ZId } from '../http/ids';
import { optional, text, ZDate } from '../http/schemas';
import { writer, type Delegate, type ResourceDef } from './crud';

const include = {
  organization: { select: { name: true } },
  location: { select: { name: true } },
  deviceType: { select: { code: true, name: true } },
  deviceModel: { select: { name: true, manufacturer: { select: { name: true } } } },
  operatingSystem: { select: { name: true, version: true } },
} as const satisfies Db.Prisma.DeviceInclude;

type DeviceRow = Db.Prisma.DeviceGetPayload<{ include: typeof include }>;

const deviceStatuses = Object.values(Db.DeviceStatus) as [Db.DeviceStatus, ...Db.DeviceStatus[]];

export const ZCreateDeviceRequest = z.object({
  organizationId: ZId,
  locationId: optional(ZId),
  deviceTypeId: ZId,
  deviceModelId: optional(ZId),
  operatingSystemId: optional(ZId),
  hostname: optional(text(253)),
  serialNumber: optional(text(100)),
  assetTag: optional(text(100)),
  ipAddress: optional(z.union([z.ipv4(), z.ipv6()])),
  macAddress: optional(
    z
      .string()
      .trim()
      .regex(/^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/, 'expected a MAC address'),
  ),
  status: z.enum(deviceStatuses).default('active'),
  lastSeenAt: optional(ZDate),
  warrantyExpiresAt: optional(ZDate),
  notes: optional(z.string().max(5000)),
});
export const ZUpdateDeviceRequest = ZCreateDeviceRequest.extend({ status: z.enum(deviceStatuses).optional() }).partial();

function toDto({ organization, location, deviceType, deviceModel, operatingSystem, ...row }: DeviceRow) {
  return {
    ...row,
    organizationName: organization.name,
    locationName: location?.name ?? null,
    deviceTypeCode: deviceType.code,
    deviceTypeName: deviceType.name,
    modelName: deviceModel?.name ?? null,
    manufacturerName: deviceModel?.manufacturer.name ?? null,
    osName: operatingSystem ? `${operatingSystem.name} ${operatingSystem.version}` : null,
  };
}

export const devices: ResourceDef<DeviceRow> = {
  name: 'devices',
  label: 'device',
  delegate: (prisma: PrismaClient) => prisma.device as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: {
      id: 'id',
      hostname: 'hostname',
      serialNumber: 'serialNumber',
      assetTag: 'assetTag',
      status: 'status',
      lastSeenAt: 'lastSeenAt',
      warrantyExpiresAt: 'warrantyExpiresAt',
      organizationName: 'organization.name',
      deviceTypeName: 'deviceType.name',
      createdAt: 'createdAt',
    },
    defaultSort: ['hostname', 'ASC'],
    filters: {
      q: searchFilter(['hostname', 'serialNumber', 'assetTag', 'ipAddress', 'macAddress', 'deviceModel.name']),
      id: idFilter('id'),
      organizationId: idFilter('organizationId'),
      locationId: idFilter('locationId'),
      deviceTypeId: idFilter('deviceTypeId'),
      type: textEquals('deviceType.code'),
      operatingSystemId: idFilter('operatingSystemId'),
      status: enumFilter('status', deviceStatuses),
      warrantyExpiresAt_lte: dateBound('warrantyExpiresAt', 'lte'),
    },
    aliases: { org: 'organizationId' },
  },
  create: writer(ZCreateDeviceRequest),
  update: writer(ZUpdateDeviceRequest),
  deletable: true,
};
