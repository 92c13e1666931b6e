/**
 * The API's error bodies, word for word as the reference doc gives them: the app parses these,
 * so the emulator must not invent friendlier ones.
 */

/** A JSON body with its status. */
export interface ErrorReply {
  status: number;
  body: unknown;
}

/** Expired, unknown or revoked access token. */
export const notAuthorized: ErrorReply = {
  status: 401,
  body: { message: 'Not Authorized', details: 'User is not authorized', code: 401 },
};

/** A key from another application than the token's (or no such key at all). */
export const keyMismatch: ErrorReply = {
  status: 401,
  body: { message: 'Not Authorized', details: 'API Key -Client mismatch', code: 401 },
};

/** No `key` in the query or headers. */
export const keyMissing: ErrorReply = {
  status: 401,
  body: { message: 'Not Authorized', details: 'API Key is missing', code: 401 },
};

/** A system that exists but belongs to another owner. */
export const forbidden: ErrorReply = {
  status: 403,
  body: { message: 'Forbidden', details: 'Not authorized to access this resource', code: 403 },
};

/** Rails' way of naming the missing id, quirk included. */
export function systemNotFound(rawId: string): ErrorReply {
  const id = rawId.slice(0, 32);
  return {
    status: 404,
    body: { message: 'Not Found', details: `System not found for {:id=>"${id}"}`, code: 404 },
  };
}

/** A path the API does not have. */
export const routeNotFound: ErrorReply = {
  status: 404,
  body: { message: 'Not Found', details: 'Resource not found', code: 404 },
};

/** The doc's 422 messages. */
export const futureDate = unprocessable('Requested date is in the future');
/** Start older than two years, reversed ranges, spans over two years, malformed dates. */
export const invalidRange = unprocessable('Requested date range is invalid for this system');

/** Any other 422 (bad `granularity`, `size`, `sort_by`). */
export function unprocessable(details: string): ErrorReply {
  return { status: 422, body: { message: 'Unprocessable Entity', details, code: 422 } };
}

/** The transient server error clients must retry later. */
export const temporarilyUnavailable: ErrorReply = {
  status: 500,
  body: { errorCode: 7, errorMessages: ['Data is temporarily unavailable'] },
};
