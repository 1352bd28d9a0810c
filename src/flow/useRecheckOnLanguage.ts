import { useEffect, useRef } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * A client-side verdict is words, fixed when the field was checked: when the language changes under
 * the form (the app's `localization` or `strings`), the fields showing one are checked again, so the
 * verdict follows in the new language. Nothing is checked on the first render or without a verdict.
 */
export function useRecheckOnLanguage<Values extends FieldValues>(form: UseFormReturn<Values>, strings: object) {
  const previous = useRef(strings);
  useEffect(() => {
    if (previous.current === strings) return;
    previous.current = strings;
    const shown = Object.keys(form.formState.errors);
    if (shown.length > 0) void form.trigger(shown as Path<Values>[]);
  }, [form, strings]);
}
