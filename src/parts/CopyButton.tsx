import { useState } from 'react';

export interface CopyButtonProps {
  /** What is copied; never written into the DOM. */
  text: string;
  label: string;
  /** Said (politely) once the clipboard has it. */
  copiedLabel: string;
}

/** Copies `text` to the clipboard and says so in a status beside the button. */
export function CopyButton({ text, label, copiedLabel }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        data-part="copy"
        onClick={() =>
          void navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {label}
      </button>
      <span role="status" data-part="copy-status">
        {copied ? copiedLabel : ''}
      </span>
    </>
  );
}
