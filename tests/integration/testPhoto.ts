import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed (is Debian's libjpeg-turbo-progs / libimage-exiftool-perl installed?): ${r.stderr || r.error?.message}`);
}

/**
 * A real JPEG made with real tools: a small gradient written as PPM, encoded by libjpeg's cjpeg, then given EXIF
 * DateTimeOriginal and GPS by exiftool. Without `gps` the photo carries no EXIF at all.
 */
export function makeJpeg(dir: string, name: string, exif?: { lon: number; lat: number; takenAt: string }): Buffer {
  const w = 32;
  const h = 24;
  const pixels = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) pixels.set([(x * 8) & 255, (y * 10) & 255, ((x + y) * 4) & 255], (y * w + x) * 3);
  const ppm = join(dir, `${name}.ppm`);
  const jpg = join(dir, `${name}.jpg`);
  writeFileSync(ppm, Buffer.concat([Buffer.from(`P6\n${w} ${h}\n255\n`), pixels]));
  run('cjpeg', ['-quality', '85', '-outfile', jpg, ppm]);
  if (exif) {
    const t = exif.takenAt.replace(/-/g, ':').replace('T', ' ');
    run('exiftool', [
      '-q',
      '-overwrite_original',
      `-DateTimeOriginal=${t}`,
      `-GPSLatitude=${Math.abs(exif.lat)}`,
      `-GPSLatitudeRef=${exif.lat >= 0 ? 'N' : 'S'}`,
      `-GPSLongitude=${Math.abs(exif.lon)}`,
      `-GPSLongitudeRef=${exif.lon >= 0 ? 'E' : 'W'}`,
      jpg,
    ]);
  }
  return readFileSync(jpg);
}
