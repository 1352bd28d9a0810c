import { useState } from 'react';
import { readErrors, type FieldErrors, type SignInField } from '../clerk/errors.js';
import type { SignInErrorsLike } from '../clerk/types.js';
import { useRetryBlock } from './retryBlock.js';

/** Errors hidden by the person: all of them, or those of some inputs, for one error state. */
interface Hidden {
  errors: unknown;
  lastReturned: unknown;
  fields: readonly SignInField[] | 'all';
}

function withoutFields(errors: FieldErrors, fields: readonly SignInField[]): FieldErrors {
  if (fields.length === 0) return errors;
  const kept: FieldErrors = { ...errors };
  for (const field of fields) delete kept[field];
  return kept;
}

/**
 * The errors a sign-in shows: Clerk's error state plus the last answer, less what the person
 * dismissed (a field's verdict once they edit it, everything once they switch the code kind).
 * A hidden lockout still blocks: the block follows the error itself, not what is displayed.
 */
export function useErrorView(errors: SignInErrorsLike, lastReturned: unknown, answers: number) {
  const [hidden, setHidden] = useState<Hidden | null>(null);
  const { fieldErrors: all, formError } = readErrors(errors, lastReturned);
  const retryBlock = useRetryBlock(formError, answers);
  const hide = hidden !== null && hidden.errors === errors && hidden.lastReturned === lastReturned ? hidden.fields : [];
  const fieldErrors = hide === 'all' ? {} : withoutFields(all, hide);
  return {
    fieldErrors,
    formError: hide === 'all' && !retryBlock ? null : formError,
    retryBlock,
    dismissAll: () => setHidden({ errors, lastReturned, fields: 'all' }),
    dismissField: (field: SignInField) => {
      if (fieldErrors[field]) setHidden({ errors, lastReturned, fields: hide === 'all' ? 'all' : [...hide, field] });
    },
  };
}
