/** The deputy id an actor acts as (a deputy, or an official who is also a deputy). */
import { DomainError } from '../../domain/errors';
import { deputyIdOf } from '../../domain/opinion/access';
import type { Actor } from '../../domain/opinion/commands';

export function deputyIdFor(actor: Actor): string {
  const id = deputyIdOf(actor);
  if (!id) throw new DomainError('AUTH.FORBIDDEN');
  return id;
}
