interface Props {
  /** What the file is for, before the button (选择文件). */
  label: string;
  /** The button's face (浏览…) and the note while nothing is chosen (未选择文件). */
  browse: string;
  none: string;
  /** The chosen file's name, when the caller keeps one. */
  fileName: string | null;
  accept: string;
  disabled?: boolean;
  testId: string;
  onFile: (file: File | null) => void;
}

/**
 * A file input drawn as the app's button: the native one speaks the browser's language (Choose File / No file
 * chosen), not the app's. The input stays in the page, focusable and clickable through its label.
 */
export function FileButton({ label, browse, none, fileName, accept, disabled = false, testId, onFile }: Props) {
  return (
    <label className={`file-button${disabled ? ' is-disabled' : ''}`}>
      <span className="file-button__label">{label}</span>
      <input type="file" className="file-button__input" accept={accept} disabled={disabled} data-testid={testId} onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
      <span className="file-button__face" aria-hidden>
        {browse}
      </span>
      <span className="file-button__name">{fileName ?? none}</span>
    </label>
  );
}
