/** Parcel numbers typed or pasted: split on commas, spaces, 、 and new lines; each once, in the order typed. */
export function parseParcelList(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).filter((s) => s !== ''))];
}
