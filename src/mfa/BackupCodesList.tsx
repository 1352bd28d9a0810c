import { useEffect, useId, useRef, useState } from 'react';
import { CheckboxField } from '../parts/CheckboxField.js';
import { CopyButton } from '../parts/CopyButton.js';
import { useCardAppearance } from '../parts/appearance.js';
import { Heading, type HeadingLevel } from '../parts/Heading.js';
import type { MfaSetupStrings } from '../text/setupStrings.js';
import { format } from '../text/strings.js';

export interface BackupCodesListProps {
  codes: readonly string[];
  /** The account's email, named in the saved file. */
  account: string;
  text: MfaSetupStrings['backupCodes'];
  headingLevel: HeadingLevel;
  className: string | undefined;
  /** After the person confirmed saving them. */
  onContinue: () => void;
}

/** The codes as a saved or printed file: a heading line, then one code per line. */
function fileText(codes: readonly string[], account: string, text: MfaSetupStrings['backupCodes']) {
  return [format(text.fileHeading, { account }), '', ...codes, ''].join('\n');
}

/** Saves the codes as a text file: a blob made, clicked and revoked at once; no code lands in a URL. */
function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'backup-codes.txt';
  link.click();
  URL.revokeObjectURL(url);
}

/** Prints the codes alone, from a frame written through the DOM (not a `srcdoc` attribute), then removed. */
function print(text: string, title: string) {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  document.body.append(frame);
  const page = frame.contentDocument;
  if (!page || !frame.contentWindow) return frame.remove();
  page.title = title;
  const pre = page.createElement('pre');
  pre.textContent = text;
  page.body.append(pre);
  frame.contentWindow.print();
  // Removed once the dialog has had the frame; the browser keeps what it is printing.
  setTimeout(() => frame.remove(), 1000);
}

/** Backup codes, shown once: copy, download, print, and a confirmation before going on. */
export function BackupCodesList({ codes, account, text, headingLevel, className, onContinue }: BackupCodesListProps) {
  const titleId = useId();
  const listId = useId();
  const card = useCardAppearance();
  const [saved, setSaved] = useState(false);
  const [refused, setRefused] = useState(false);
  const section = useRef<HTMLElement>(null);
  // The codes follow a code typed in the step before: the card takes focus, so a screen reader starts here.
  useEffect(() => section.current?.focus(), []);
  const file = fileText(codes, account, text);
  return (
    <section ref={section} tabIndex={-1} className={className} data-part="setup" data-setup="backup-codes" aria-labelledby={titleId} {...card}>
      <Heading level={headingLevel} id={titleId}>
        {text.title}
      </Heading>
      <p data-part="description">{text.description}</p>
      <ol data-part="backup-codes" aria-labelledby={listId}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p id={listId} hidden>
        {text.listLabel}
      </p>
      <div data-part="backup-code-actions">
        <CopyButton text={codes.join('\n')} label={text.copyAll} copiedLabel={text.copied} />
        <button type="button" data-part="download" onClick={() => download(file)}>
          {text.download}
        </button>
        <button type="button" data-part="print" onClick={() => print(file, text.title)}>
          {text.print}
        </button>
      </div>
      <CheckboxField
        checked={saved}
        onCheckedChange={(checked) => {
          setSaved(checked);
          setRefused(false);
        }}
        label={text.confirmSaved}
      />
      <button
        type="button"
        data-part="submit"
        // Refuses until the person says the codes are saved, and says why, rather than a silent disabled button.
        aria-disabled={!saved || undefined}
        aria-describedby={refused ? `${listId}-why` : undefined}
        onClick={() => (saved ? onContinue() : setRefused(true))}
      >
        {text.continue}
      </button>
      {refused ? (
        <p role="alert" id={`${listId}-why`} data-part="field-error">
          {text.confirmSaved}
        </p>
      ) : null}
    </section>
  );
}
