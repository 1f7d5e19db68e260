import type { Lang } from '../../../shared/domain/enums';

/** The user's language out of a bilingual label from shared/. */
export function pick(label: { zh: string; en: string }, lang: Lang): string {
  return lang === 'zh' ? label.zh : label.en;
}

/** Reads a picked file as base64 (without the data: prefix), as the upload methods take it. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
}
