/**
 * The customers: account managers, organisations, their contacts, locations, devices and domains.
 * Each table is filled with createMany(skipDuplicates) on its natural key, so a re-run inserts nothing.
 */
import * as D from './seed-data';
import { DAY, REFERENCE_MS, dateOnly, idOf, idsBy, minutesAgo, need, type IdOf, type SeedRun } from './seed-support';

/** How later steps find a customer's rows: organisations by U-E code, contacts by U-E code and phone. */
export interface CustomerRefs {
  orgId: IdOf;
  organizationIds: number[];
  contactId(ueCode: string, phone: string): number;
}

interface DeviceCatalogIds {
  typeId: IdOf;
  manufacturerId: IdOf;
  /** By `manufacturerId|model name`. */
  modelId: IdOf;
  /** By `name|version`. */
  osId: IdOf;
}

async function seedAccountManagers(run: SeedRun): Promise<IdOf> {
  const { prisma, created } = run;
  created.accountManagers += (
    await prisma.accountManager.createMany({ data: D.ACCOUNT_MANAGERS.map((m) => ({ ...m })), skipDuplicates: true })
  ).count;
  const rows = await prisma.accountManager.findMany({
    where: { email: { in: D.ACCOUNT_MANAGERS.map((m) => m.email) } },
    select: { id: true, email: true },
  });
  return idOf(
    idsBy(rows, (row) => row.email),
    'account manager',
  );
}

async function seedOrganizations(run: SeedRun, accountManagerId: IdOf): Promise<Map<string, number>> {
  const { prisma, created } = run;
  const data = D.ORGANIZATIONS.map((o) => ({
    ueCode: o.ueCode,
    name: o.name,
    industry: o.industry,
    domain: o.domain,
    phone: o.phone,
    supportNumber: o.supportNumber,
    timezone: o.timezone,
    isVip: o.isVip,
    accountManagerId: accountManagerId(o.accountManagerEmail),
    ...(o.businessCalendar ? { businessCalendar: o.businessCalendar } : {}),
    notes: o.notes,
  }));
  created.organizations += (await prisma.organization.createMany({ data, skipDuplicates: true })).count;
  // Organisations seeded before support lines existed get theirs; a number set by hand stays.
  for (const o of D.ORGANIZATIONS) {
    await prisma.organization.updateMany({ where: { ueCode: o.ueCode, supportNumber: null }, data: { supportNumber: o.supportNumber } });
  }
  const rows = await prisma.organization.findMany({
    where: { ueCode: { in: D.ORGANIZATIONS.map((o) => o.ueCode) } },
    select: { id: true, ueCode: true },
  });
  return idsBy(rows, (row) => row.ueCode);
}

const orgContactKey = (organizationId: number, phone: string): string => `${organizationId}|${phone}`;

async function seedContacts(run: SeedRun, orgId: IdOf, organizationIds: number[]): Promise<CustomerRefs['contactId']> {
  const { prisma, created } = run;
  const data = D.CONTACTS.map((c) => ({
    organizationId: orgId(c.ueCode),
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    mobilePhone: c.mobilePhone,
    title: c.title,
    isPrimary: c.isPrimary,
  }));
  created.contacts += (await prisma.contact.createMany({ data, skipDuplicates: true })).count;
  const rows = await prisma.contact.findMany({
    where: { organizationId: { in: organizationIds }, phone: { in: D.CONTACTS.map((c) => c.phone) } },
    select: { id: true, organizationId: true, phone: true },
  });
  const ids = idsBy(rows, (row) => orgContactKey(row.organizationId, row.phone));
  return (ueCode, phone) => need(ids, orgContactKey(orgId(ueCode), phone), 'contact');
}

/** Locations by `organizationId|name`. */
async function seedLocations(run: SeedRun, orgId: IdOf, organizationIds: number[]): Promise<IdOf> {
  const { prisma, created } = run;
  const data = D.LOCATIONS.map((l) => ({
    organizationId: orgId(l.ueCode),
    name: l.name,
    address: l.address,
    city: l.city,
    region: l.region,
    postalCode: l.postalCode,
    country: l.country,
    timezone: l.timezone,
  }));
  created.locations += (await prisma.location.createMany({ data, skipDuplicates: true })).count;
  const rows = await prisma.location.findMany({
    where: { organizationId: { in: organizationIds } },
    select: { id: true, organizationId: true, name: true },
  });
  return idOf(
    idsBy(rows, (row) => `${row.organizationId}|${row.name}`),
    'location',
  );
}

async function seedDeviceCatalog(run: SeedRun): Promise<DeviceCatalogIds> {
  const { prisma, created } = run;
  created.deviceTypes += (await prisma.deviceType.createMany({ data: D.DEVICE_TYPES.map((t) => ({ ...t })), skipDuplicates: true })).count;
  const typeId = idOf(
    idsBy(await prisma.deviceType.findMany({ select: { id: true, code: true } }), (row) => row.code),
    'device type',
  );

  const manufacturers = D.DEVICE_MANUFACTURERS.map((m) => ({ ...m }));
  created.deviceManufacturers += (await prisma.deviceManufacturer.createMany({ data: manufacturers, skipDuplicates: true })).count;
  const manufacturerRows = await prisma.deviceManufacturer.findMany({ select: { id: true, name: true } });
  const manufacturerId = idOf(
    idsBy(manufacturerRows, (row) => row.name),
    'manufacturer',
  );

  const models = D.DEVICE_MODELS.map((m) => ({
    manufacturerId: manufacturerId(m.manufacturer),
    deviceTypeId: typeId(m.type),
    name: m.name,
  }));
  created.deviceModels += (await prisma.deviceModel.createMany({ data: models, skipDuplicates: true })).count;
  const modelRows = await prisma.deviceModel.findMany({ select: { id: true, manufacturerId: true, name: true } });
  const modelId = idOf(
    idsBy(modelRows, (row) => `${row.manufacturerId}|${row.name}`),
    'device model',
  );

  created.operatingSystems += (
    await prisma.operatingSystem.createMany({ data: D.OPERATING_SYSTEMS.map((o) => ({ ...o })), skipDuplicates: true })
  ).count;
  const osRows = await prisma.operatingSystem.findMany({ select: { id: true, name: true, version: true } });
  const osId = idOf(
    idsBy(osRows, (row) => `${row.name}|${row.version}`),
    'operating system',
  );
  return { typeId, manufacturerId, modelId, osId };
}

/** Devices and who uses them. */
async function seedDevices(run: SeedRun, customers: CustomerRefs, locationId: IdOf, catalog: DeviceCatalogIds): Promise<void> {
  const { prisma, created } = run;
  const data = D.DEVICES.map((d) => {
    const organizationId = customers.orgId(d.ueCode);
    return {
      organizationId,
      locationId: d.location ? locationId(`${organizationId}|${d.location}`) : null,
      deviceTypeId: catalog.typeId(d.type),
      deviceModelId: catalog.modelId(`${catalog.manufacturerId(d.manufacturer)}|${d.model}`),
      operatingSystemId: d.os ? catalog.osId(`${d.os[0]}|${d.os[1]}`) : null,
      hostname: d.hostname,
      serialNumber: d.serialNumber,
      assetTag: d.assetTag,
      ipAddress: d.ipAddress,
      macAddress: d.macAddress,
      status: d.status,
      lastSeenAt: d.lastSeenMinutesAgo === null ? null : minutesAgo(d.lastSeenMinutesAgo),
      warrantyExpiresAt: d.warrantyExpires ? dateOnly(d.warrantyExpires) : null,
      notes: d.notes,
    };
  });
  created.devices += (await prisma.device.createMany({ data, skipDuplicates: true })).count;
  const rows = await prisma.device.findMany({
    where: { serialNumber: { in: D.DEVICES.map((d) => d.serialNumber) } },
    select: { id: true, serialNumber: true },
  });
  const deviceId = idOf(
    idsBy(rows, (row) => row.serialNumber),
    'device',
  );
  const users = D.DEVICES.flatMap((d) =>
    d.users.map((u) => ({ contactId: customers.contactId(d.ueCode, u.phone), deviceId: deviceId(d.serialNumber), isPrimary: u.isPrimary })),
  );
  created.contactDevices += (await prisma.contactDevice.createMany({ data: users, skipDuplicates: true })).count;
}

async function seedDomains(run: SeedRun, orgId: IdOf): Promise<void> {
  const data = D.DOMAINS.map((d) => ({
    organizationId: orgId(d.ueCode),
    name: d.name,
    registrar: d.registrar,
    expiresAt: new Date(REFERENCE_MS + d.expiresInDays * DAY),
    dnsProvider: d.dnsProvider,
    emailProvider: d.emailProvider,
  }));
  run.created.domains += (await run.prisma.domain.createMany({ data, skipDuplicates: true })).count;
}

export async function seedCustomers(run: SeedRun): Promise<CustomerRefs> {
  const accountManagerId = await seedAccountManagers(run);
  const orgIds = await seedOrganizations(run, accountManagerId);
  const orgId = idOf(orgIds, 'organization');
  const organizationIds = [...orgIds.values()];
  const customers: CustomerRefs = { orgId, organizationIds, contactId: await seedContacts(run, orgId, organizationIds) };
  const locationId = await seedLocations(run, orgId, organizationIds);
  await seedDevices(run, customers, locationId, await seedDeviceCatalog(run));
  await seedDomains(run, orgId);
  const { created } = run;
  run.log(`seed: customers +${created.organizations} organizations, +${created.contacts} contacts, +${created.devices} devices`);
  return customers;
}
