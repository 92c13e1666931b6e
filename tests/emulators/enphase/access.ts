/**
 * Which system a call may read: the caller must own it (404 when no such system exists, 403
 * when it belongs to another owner, as the doc lists both).
 */
import type { Context } from 'hono';
import type { EmulatorContext } from './context';
import { forbidden, systemNotFound, type ErrorReply } from './errors';
import { errorResponse } from './http';
import type { SystemModel } from './production';

/** Route variables set by the API gate: the owner behind the bearer token. */
export type ApiEnv = { Variables: { login: string } };

/** The system named in the path if the caller owns it, else the error to answer with. */
export function ownedSystem(
  context: EmulatorContext,
  login: string,
  rawId: string,
): SystemModel | ErrorReply {
  if (!/^\d{1,15}$/.test(rawId)) return systemNotFound(rawId);
  const model = context.fleet.model(Number(rawId));
  if (!model) return systemNotFound(rawId);
  if (context.fleet.ownerOf(model.spec.systemId)?.login !== login) return forbidden;
  return model;
}

/** A route handler for `/systems/:id/...` that only runs for a system the caller owns. */
export function withOwnedSystem(
  context: EmulatorContext,
  handler: (model: SystemModel, c: Context<ApiEnv>) => Response,
): (c: Context<ApiEnv>) => Response {
  return (c) => {
    const owned = ownedSystem(context, c.get('login'), c.req.param('id') ?? '');
    if ('body' in owned) return errorResponse(owned);
    return handler(owned, c);
  };
}
