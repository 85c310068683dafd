/**
 * Invite codes for staff-side roles (issue 3): issued and revoked by presidium staff (staff, chair, vice chair),
 * expiring, single use, revocable; `bindRole` spends one and records the binding.
 *
 * Guarantees: a code is spent at most once, because the invite is read and marked used in the same transaction
 * that writes the binding (a second binder conflicts, re-runs and finds it used); the binding is kept with the
 * code that made it (audit). Refusals name the real cause: INVITE.NOT_FOUND / USED / REVOKED / EXPIRED.
 */
import type { InviteView } from '../../contracts/presidium';
import { inviteState, type Invite, type RoleBinding } from '../../domain/directory';
import { DomainError } from '../../domain/errors';
import type { InvitableRole } from '../../domain/roles';
import { decodeCursor, encodeCursor } from '../queries/cursor';
import type { CommandContext } from '../shared/dispatcher';
import { personNames, toInviteView } from './invite-people';
import { whoami } from './whoami';
import type { WhoAmIView } from '../../contracts/account-extra';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const DAY_MS = 86_400_000;

/** 8 unambiguous characters from a fresh random id (40 bits: guessing one live code is hopeless). */
function newCode(randomHex: string): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[parseInt(randomHex.slice(i * 2, i * 2 + 2), 16) % ALPHABET.length];
  return code;
}

function requireActor(ctx: CommandContext) {
  if (!ctx.actor) throw new DomainError('AUTH.FORBIDDEN');
  return ctx.actor;
}

/** Database requests: 1 (person) + transaction (start, request log, invite, write, log row, commit). */
export async function issueInvite(
  ctx: CommandContext,
  input: { role: InvitableRole; refId: string; validDays: number },
): Promise<InviteView> {
  const actor = requireActor(ctx);
  const names = await personNames(ctx.ports, actor.townshipId, [input]);
  const personName = names.get(input.refId);
  if (personName === undefined) throw new DomainError('DIRECTORY.NOT_FOUND');
  const code = newCode(ctx.ports.ids.newId());
  const run = await ctx.ports.transactor.run(ctx.requestKey, async (tx) => {
    if (await tx.get<Invite>('invites', `inv-${code}`)) throw new DomainError('REQUEST.IN_PROGRESS');
    const invite: Invite = {
      _id: `inv-${code}`,
      townshipId: actor.townshipId,
      code,
      role: input.role,
      refId: input.refId,
      issuedBy: actor.id,
      issuedAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + input.validDays * DAY_MS),
    };
    return {
      writes: [
        { kind: 'set', collection: 'invites', id: invite._id, doc: invite as unknown as Record<string, unknown> },
      ],
      result: toInviteView(invite, personName, ctx.now),
    };
  });
  return run.result;
}

/** Database requests: 1 (invite by code) + 1–3 (name) + transaction (start, request log, invite, write, log, commit). */
export async function revokeInvite(ctx: CommandContext, input: { code: string }): Promise<InviteView> {
  const actor = requireActor(ctx);
  const found = await ctx.ports.directory.findInviteByCode(input.code);
  if (!found || found.townshipId !== actor.townshipId) throw new DomainError('INVITE.NOT_FOUND');
  const names = await personNames(ctx.ports, actor.townshipId, [found]);
  const run = await ctx.ports.transactor.run(ctx.requestKey, async (tx) => {
    const invite = await tx.get<Invite>('invites', found._id);
    if (!invite) throw new DomainError('INVITE.NOT_FOUND');
    const state = inviteState(invite, ctx.now);
    if (state === 'used') throw new DomainError('INVITE.USED');
    const revoked: Invite = state === 'revoked' ? invite : { ...invite, revokedAt: ctx.now };
    return {
      writes:
        state === 'revoked'
          ? []
          : [{ kind: 'update', collection: 'invites', id: invite._id, patch: { revokedAt: ctx.now } }],
      result: toInviteView(revoked, names.get(invite.refId) ?? '', ctx.now),
    };
  });
  return run.result;
}

/** One page, newest first. Database requests: 1 (invites) + up to 3 (names). */
export async function listInvites(
  ctx: CommandContext,
  input: { cursor?: string | undefined; limit: number },
): Promise<{ rows: InviteView[]; nextCursor?: string }> {
  const actor = requireActor(ctx);
  const page = await ctx.ports.directory.listInvites(actor.townshipId, {
    limit: input.limit,
    after: decodeCursor(input.cursor),
  });
  const names = await personNames(ctx.ports, actor.townshipId, page.invites);
  const rows = page.invites.map((i) => toInviteView(i, names.get(i.refId) ?? '', ctx.now));
  const nextCursor = encodeCursor(page.next);
  return nextCursor ? { rows, nextCursor } : { rows };
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * account.bindRole: spend an invite code, bind its role to the caller's openid.
 * Database requests: 1 (invite by code) + 1–3 (name) + transaction (start, request log, invite, binding, 2 writes,
 * log row, commit) + 2–4 (whoami after).
 */
export async function bindRole(
  ctx: CommandContext,
  input: { inviteCode: string },
): Promise<{ role: InvitableRole; name: string; whoami: WhoAmIView }> {
  const openid = ctx.caller.openid;
  if (!OPENID.test(openid)) throw new DomainError('AUTH.NOT_REGISTERED');
  const found = await ctx.ports.directory.findInviteByCode(input.inviteCode);
  if (!found) throw new DomainError('INVITE.NOT_FOUND');
  const names = await personNames(ctx.ports, found.townshipId, [found]);
  const run = await ctx.ports.transactor.run(ctx.requestKey, async (tx) => {
    const invite = await tx.get<Invite>('invites', found._id);
    if (!invite) throw new DomainError('INVITE.NOT_FOUND');
    const state = inviteState(invite, ctx.now);
    if (state === 'used') throw new DomainError('INVITE.USED');
    if (state === 'revoked') throw new DomainError('INVITE.REVOKED');
    if (state === 'expired') throw new DomainError('INVITE.EXPIRED');
    const binding: RoleBinding = {
      _id: `rb-${openid}-${invite.role}-${invite.refId}`,
      townshipId: invite.townshipId,
      openid,
      role: invite.role,
      refId: invite.refId,
      boundAt: ctx.now,
      inviteCode: invite.code,
    };
    return {
      writes: [
        { kind: 'update', collection: 'invites', id: invite._id, patch: { usedAt: ctx.now, usedBy: openid } },
        {
          kind: 'set',
          collection: 'roleBindings',
          id: binding._id,
          doc: binding as unknown as Record<string, unknown>,
        },
      ],
      result: { role: invite.role, name: names.get(invite.refId) ?? '' },
    };
  });
  return { ...run.result, whoami: await whoami(ctx.ports, await ctx.ports.callers.resolve(openid)) };
}
