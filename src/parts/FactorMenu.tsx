import { useId, useState } from 'react';
import type { CodeKind } from '../flow/codeRules.js';
import { useStrings } from '../text/StringsContext.js';
import { secondFactorStepText } from '../text/strings.js';

export interface FactorMenuProps {
  others: readonly CodeKind[];
  labelOf(kind: CodeKind): string;
  onChoose(kind: CodeKind): void;
  /** Default: the `secondFactorStep.useAnotherMethod` string in force. */
  toggleLabel?: string;
  /** Default: the `secondFactorStep.methodsTitle` string in force. */
  listLabel?: string;
  disabled?: boolean;
}

/** "Use another method": a disclosure button revealing the other factors the account offers. */
export function FactorMenu({ others, labelOf, onChoose, toggleLabel, listLabel, disabled }: FactorMenuProps) {
  const text = useStrings(undefined, secondFactorStepText).secondFactorStep;
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (others.length === 0) return null;
  return (
    <div data-part="methods">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        disabled={disabled}
        onClick={() => setOpen(!open)}
        data-part="methods-toggle"
      >
        {toggleLabel ?? text.useAnotherMethod}
      </button>
      {open ? (
        <ul id={listId} aria-label={listLabel ?? text.methodsTitle} data-part="method-list">
          {others.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                disabled={disabled}
                data-part="method"
                data-method={kind}
                onClick={() => {
                  setOpen(false);
                  onChoose(kind);
                }}
              >
                {labelOf(kind)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
