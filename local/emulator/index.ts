/** Local emulator of Clerk's Frontend API, for running the unmodified clerk-js offline. */
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js';
export { startEmulatorServer, type EmulatorServer } from './server.js';
export { DEMO_PASSWORD, SEED_USERS, type SeedUser } from './seed.js';
export type { DemoUser } from './demo.js';
