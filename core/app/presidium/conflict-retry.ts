/**
 * Re-runs a command whose transaction lost every CloudBase retry to concurrent writers of a shared document
 * (the registration counter). Safe because the command is one transaction with a request key: a run either
 * committed (and a retry replays its result) or wrote nothing.
 *
 * Guarantees: only OPINION.VERSION_CONFLICT is retried, and only when the caller did not pin `expectedVersion`
 * (a stale version is the person's conflict to see, not ours to paper over); at most `attempts` runs.
 */
import { DomainError } from '../../domain/errors';
import type { CommandSpec } from '../shared/dispatcher';

export function withConflictRetry<I extends { expectedVersion?: number | undefined }, R>(
  spec: CommandSpec<I, R>,
  attempts = 5,
): CommandSpec<I, R> {
  return {
    ...spec,
    async handle(ctx, input) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await spec.handle(ctx, input);
        } catch (error) {
          const retry =
            error instanceof DomainError &&
            error.code === 'OPINION.VERSION_CONFLICT' &&
            input.expectedVersion === undefined &&
            attempt < attempts;
          if (!retry) throw error;
        }
      }
    },
  };
}
