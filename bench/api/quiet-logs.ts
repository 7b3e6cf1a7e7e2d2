// Imported first by the benches: the server logs every operation at info level, which would bury their tables.
process.env.LOG_LEVEL ??= 'warn';
