import { z } from 'zod';
import type { Db, PrismaClient } from '../../infra/db';
import { AppError } from '../errors';
import { booleanFilter, idFilter } from '../http/filters';
import { ZId } from '../http/ids';
import { writer, type Delegate, type ResourceDef, type WriteContext } from './crud';

const include = {
  contact: { select: { firstName: true, lastName: true, organizationId: true } },
  device: { select: { hostname: true, serialNumber: true, deviceType: { select: { name: true } } } },
} as const satisfies Db.Prisma.ContactDeviceInclude;

type ContactDeviceRow = Db.Prisma.ContactDeviceGetPayload<{ include: typeof include }>;

export const ZCreateContactDeviceRequest = z.object({
  contactId: ZId,
  deviceId: ZId,
  isPrimary: z.boolean().default(false),
});
/** A link names its two ends once; afterwards only whether it is the contact's main device changes. */
export const ZUpdateContactDeviceRequest = z.object({ isPrimary: z.boolean().optional() });

type TCreateContactDeviceRequest = z.infer<typeof ZCreateContactDeviceRequest>;

/** A caller can only be linked to their own organisation's devices. */
async function sameOrganization(input: TCreateContactDeviceRequest, { prisma }: WriteContext) {
  const [contact, device] = await Promise.all([
    prisma.contact.findUnique({ where: { id: input.contactId }, select: { organizationId: true } }),
    prisma.device.findUnique({ where: { id: input.deviceId }, select: { organizationId: true } }),
  ]);
  if (!contact)
    throw new AppError('VALIDATION', `contact ${input.contactId} does not exist`, [{ path: 'contactId', message: 'unknown id' }]);
  if (!device) throw new AppError('VALIDATION', `device ${input.deviceId} does not exist`, [{ path: 'deviceId', message: 'unknown id' }]);
  if (contact.organizationId !== device.organizationId) {
    throw new AppError('VALIDATION', `device ${input.deviceId} belongs to another organization than contact ${input.contactId}`, [
      { path: 'deviceId', message: 'another organization' },
    ]);
  }
  return input;
}

function toDto({ contact, device, ...row }: ContactDeviceRow) {
  return {
    ...row,
    organizationId: contact.organizationId,
    contactName: `${contact.firstName} ${contact.lastName}`,
    deviceName: device.hostname ?? device.serialNumber ?? `device ${row.deviceId}`,
    deviceTypeName: device.deviceType.name,
  };
}

/** Who uses which device, and which one is a contact's main device. */
export const contactDevices: ResourceDef<ContactDeviceRow> = {
  name: 'contact-devices',
  label: 'contact-device link',
  delegate: (prisma: PrismaClient) => prisma.contactDevice as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: { id: 'id', isPrimary: 'isPrimary', createdAt: 'createdAt', contactName: 'contact.lastName', deviceName: 'device.hostname' },
    defaultSort: ['id', 'ASC'],
    filters: {
      id: idFilter('id'),
      contactId: idFilter('contactId'),
      deviceId: idFilter('deviceId'),
      isPrimary: booleanFilter('isPrimary'),
    },
    aliases: { contact: 'contactId', device: 'deviceId' },
  },
  create: writer(ZCreateContactDeviceRequest, sameOrganization),
  update: writer(ZUpdateContactDeviceRequest),
  deletable: true,
};
