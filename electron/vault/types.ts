/**
 * What the vault hands to providers: a way to get a valid access token, never the stored
 * record. Refreshing, rotation and re-auth are the vault's business.
 */

/** Gives a provider a usable access token for one connection. */
export interface TokenSource {
  /** A valid access token, refreshed ahead of expiry (single-flight per connection). */
  accessToken(): Promise<string>;
  /**
   * Called after the API answered 401 to `rejected`: refreshes once (unless another call already
   * did since) and returns the new token. Throws ReauthRequiredError when the grant is gone.
   */
  renewAfterUnauthorized(rejected: string): Promise<string>;
}
