import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FapiSpec } from './openapi.js';
import { startServer } from './helpers.js';
import { runSchemaScript } from './schema-script.js';

const SPEC_FILE = fileURLToPath(new URL('../../local/emulator/spec/clerk-fapi-2025-11-10.yml', import.meta.url));

/** Every route the emulator implements, as the spec names it, with every status it can answer. */
const IMPLEMENTED: Record<string, number[]> = {
  'POST /v1/dev_browser': [200],
  'GET /v1/environment': [200],
  'PATCH /v1/environment': [200],
  'GET /v1/client': [200, 400, 500],
  'POST /v1/client/sign_ins': [200, 400, 403, 422, 429],
  'GET /v1/client/sign_ins/{sign_in_id}': [200, 404],
  'POST /v1/client/sign_ins/{sign_in_id}/prepare_first_factor': [200, 400, 403, 404, 422],
  'POST /v1/client/sign_ins/{sign_in_id}/attempt_first_factor': [200, 400, 403, 404, 422, 429],
  'POST /v1/client/sign_ins/{sign_in_id}/reset_password': [200, 400, 403, 404, 422],
  'POST /v1/client/sign_ins/{sign_in_id}/prepare_second_factor': [200, 400, 403, 404, 422],
  'POST /v1/client/sign_ins/{sign_in_id}/attempt_second_factor': [200, 400, 403, 404, 422],
  'GET /v1/client/sessions/{session_id}': [200, 404],
  'POST /v1/client/sessions/{session_id}/touch': [200, 404],
  'POST /v1/client/sessions/{session_id}/tokens': [200, 401, 404],
  'DELETE /v1/client/sessions': [200, 404],
  'POST /v1/client/sessions/{session_id}/end': [200, 404],
  'POST /v1/client/sessions/{session_id}/remove': [200, 404],
  'POST /v1/me/change_password': [200, 401, 422],
  'GET /v1/me': [200, 401],
  'POST /v1/me/totp': [200, 400, 401],
  'POST /v1/me/totp/attempt_verification': [200, 400, 404, 422],
  'DELETE /v1/me/totp': [200, 403, 404],
  'POST /v1/me/backup_codes': [200, 400, 403],
  'POST /v1/me/phone_numbers': [200, 401, 422],
  'POST /v1/me/phone_numbers/{phone_number_id}/prepare_verification': [200, 400, 404],
  'POST /v1/me/phone_numbers/{phone_number_id}/attempt_verification': [200, 400, 422],
  'PATCH /v1/me/phone_numbers/{phone_number_id}': [200, 400, 403, 404],
  'DELETE /v1/me/phone_numbers/{phone_number_id}': [200, 403, 404],
  'POST /v1/client/sessions/{session_id}/verify': [200, 401, 404, 422],
  'POST /v1/client/sessions/{session_id}/verify/prepare_first_factor': [200, 400, 422],
  'POST /v1/client/sessions/{session_id}/verify/attempt_first_factor': [200, 400, 422],
  'POST /v1/client/sessions/{session_id}/verify/prepare_second_factor': [200, 400, 422],
  'POST /v1/client/sessions/{session_id}/verify/attempt_second_factor': [200, 400, 422],
};

let server: Awaited<ReturnType<typeof startServer>>;
let spec: FapiSpec;

beforeAll(async () => {
  spec = new FapiSpec(SPEC_FILE);
  server = await startServer();
});
afterAll(() => server.close());

describe('given Clerk\'s OpenAPI description of FAPI (2025-11-10)', () => {
  it('the validator itself rejects a malformed answer', () => {
    const verdict = spec.validate('POST', '/client/sign_ins', 200, { response: { object: 'sign_in', id: 'sia_1' }, client: null });
    expect(verdict.errors!.length).toBeGreaterThan(0);
  });

  it('every answer of a scripted run through every endpoint and status conforms', async () => {
    const answers = await runSchemaScript(server);
    const validated = new Set<string>();
    const undocumented = new Map<string, number>();
    const violations: string[] = [];
    let validatedAnswers = 0;
    for (const answer of answers) {
      const { pair, errors } = spec.validate(answer.method, answer.path, answer.status, answer.body);
      if (errors) {
        validatedAnswers += 1;
        validated.add(pair);
        violations.push(...errors.map((error) => `${pair}: ${error}`));
        continue;
      }
      undocumented.set(pair, (undocumented.get(pair) ?? 0) + 1);
      // No schema in the spec for this status: error answers must still be Clerk's error envelope.
      const clerkErrors = spec.clerkErrors();
      if (answer.status >= 400 && !clerkErrors(answer.body)) violations.push(`${pair}: not a ClerkErrors envelope`);
    }

    // The script must reach every endpoint with every status (faults stand in for 429 and 500).
    const seen: Record<string, Set<number>> = {};
    for (const answer of answers) (seen[`${answer.method} ${spec.specPath(answer.path)}`] ??= new Set()).add(answer.status);
    for (const [endpoint, statuses] of Object.entries(IMPLEMENTED)) {
      expect([...(seen[endpoint] ?? [])].sort(), endpoint).toEqual(statuses);
    }
    console.log(`schema: ${validatedAnswers} answers across ${validated.size} endpoint/status pairs, ${violations.length} violations`);
    console.log(`schema: ${answers.length - validatedAnswers} further answers have no schema in the spec (error ones checked against ClerkErrors): ${[...undocumented.keys()].join('; ')}`);
    expect(violations).toEqual([]);
  });
});
