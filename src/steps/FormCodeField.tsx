import { useWatch } from 'react-hook-form';
import { CodeField, type CodeFieldProps } from '../parts/CodeField.js';
import type { CodeForm } from './useCodeForm.js';

export interface FormCodeFieldProps extends Omit<CodeFieldProps, 'value' | 'error' | 'onFilled' | 'onOverfilled'> {
  code: CodeForm;
}

/**
 * A step's code field, wired to its form. It watches the value itself, so a keystroke repaints the
 * slots and nothing else of the step.
 */
export function FormCodeField({ code, ...props }: FormCodeFieldProps) {
  const value = useWatch({ control: code.control, name: 'code' }) ?? '';
  return <CodeField {...props} required value={value} error={code.error} onFilled={code.submitWhenFilled} onOverfilled={code.refuseOverfill} {...code.register} />;
}
