/**
 * Fleet API error bodies as the reference shows them: `{"response":null,"error":"…",
 * "error_description":""}`; a 429 adds `after` (seconds to wait) to the body.
 */
import { jsonResponse } from '../enphase/http';

/** A Fleet API error answer. */
export function fleetError(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
): Response {
  return jsonResponse(status, { response: null, error, error_description: '', ...extra });
}

/** A Fleet API success answer (`{"response": …}`). */
export function fleetOk(response: unknown, extra: Record<string, unknown> = {}): Response {
  return jsonResponse(200, { response, ...extra });
}
