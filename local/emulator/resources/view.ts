import type { EmulatorState } from '../domain/state.js';

/** Everything a serializer needs: the records, the request's clock, and what signs tokens. */
export interface View {
  state: EmulatorState;
  now: number;
  /** FAPI base URL the request came in on, used as the JWT `iss`. */
  issuer: string;
  jwtSecret: Buffer;
}
