import type { PrismaClient } from '../../infra/db';

export interface AssignmentPolicy {
  /** Off by default: tickets wait in the open queue for a supervisor to assign them. */
  autoAssign: boolean;
}

/**
 * Who a ticket a call opened goes to: the organisation's own technician (its account team) when
 * active, else the technician for that kind of problem who was assigned least recently (round robin),
 * else any technician likewise. Read-only: the ticket's workflow makes the assignment.
 */
export function createAssignmentActivities(prisma: PrismaClient, policy: AssignmentPolicy) {
  /** Active human technicians with a skill matching the category (or all of them), least recently assigned first. */
  async function nextInRotation(category: string | null): Promise<number | null> {
    const technicians = await prisma.supportAgent.findMany({
      where: { kind: 'human', active: true, role: 'technician' },
      select: { id: true, specialty: true, assignments: { select: { createdAt: true }, orderBy: { createdAt: 'desc' }, take: 1 } },
      orderBy: { id: 'asc' },
    });
    const skilled = category ? technicians.filter((agent) => agent.specialty?.toLowerCase().includes(category.toLowerCase())) : [];
    const pool = skilled.length > 0 ? skilled : technicians;
    const lastAssigned = (agent: (typeof pool)[number]) => agent.assignments[0]?.createdAt.getTime() ?? 0;
    const next = [...pool].sort((a, b) => lastAssigned(a) - lastAssigned(b) || a.id - b.id)[0];
    return next?.id ?? null;
  }

  return {
    async chooseAssignee(ticketId: number): Promise<string | null> {
      if (!policy.autoAssign) return null;
      const ticket = await prisma.supportTicket.findUniqueOrThrow({
        where: { id: ticketId },
        select: { category: true, organization: { select: { accountTechnician: { select: { id: true, active: true } } } } },
      });
      const accountTechnician = ticket.organization?.accountTechnician;
      if (accountTechnician?.active) return String(accountTechnician.id);
      const next = await nextInRotation(ticket.category);
      return next === null ? null : String(next);
    },
  };
}
