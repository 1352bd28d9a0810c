/** Local emulator of Clerk's Frontend API, for running the unmodified clerk-js offline. */
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js';
export { startEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from './transport/server.js';
export { DEMO_PASSWORD, SEED_USERS, type SeedUser } from './domain/seed.js';
export type { SessionTaskKey } from './domain/state.js';
export type { DemoUser } from './control/demo.js';
export type { AddUserInput } from './control/users.js';
