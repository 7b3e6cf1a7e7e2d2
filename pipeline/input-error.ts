/** An input that cannot be read as a document; the message is the reason reported beside its name. */
export class InputError extends Error {}
