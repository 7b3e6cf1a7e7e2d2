/** The store cannot be reached now (down, restarting, out of connections): the same call may work shortly. */
export class StoreUnavailableError extends Error {}
