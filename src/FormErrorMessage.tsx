export interface FormErrorMessageProps {
  message: string | null;
  className?: string;
}

/**
 * The form-level error. The alert region is always in the DOM, even empty, because screen readers
 * announce changes to a live region that already exists, and may miss one inserted with its text.
 */
export function FormErrorMessage({ message, className }: FormErrorMessageProps) {
  return (
    <div role="alert" className={className} data-part="form-error" data-empty={message ? undefined : ''}>
      {message}
    </div>
  );
}
