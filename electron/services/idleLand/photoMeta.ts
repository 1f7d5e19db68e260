import ExifReader from 'exifreader';

export interface PhotoMeta {
  /** Local camera time as EXIF records it (no zone): YYYY-MM-DDTHH:MM:SS. */
  takenAt: string | null;
  lon: number | null;
  lat: number | null;
}

const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function finite(v: unknown, limit: number): number | null {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit ? v : null;
}

/** EXIF time and GPS position when the photo carries them; a photo without EXIF (or unreadable EXIF) gives nulls. */
export function readPhotoMeta(data: Buffer): PhotoMeta {
  let tags: ExifReader.ExpandedTags;
  try {
    tags = ExifReader.load(data, { expanded: true });
  } catch {
    return { takenAt: null, lon: null, lat: null };
  }
  const raw = tags.exif?.DateTimeOriginal?.description ?? tags.exif?.DateTime?.description ?? '';
  const m = EXIF_TIME.exec(raw.trim());
  const takenAt = m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}` : null;
  const lat = finite(tags.gps?.Latitude, 90);
  const lon = finite(tags.gps?.Longitude, 180);
  return { takenAt, lon: lat === null ? null : lon, lat: lon === null ? null : lat };
}
