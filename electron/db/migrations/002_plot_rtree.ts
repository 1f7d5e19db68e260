import { AreaGeometry, bboxOf } from '../../../shared/domain/geometry';
import type { Db } from '../connection';
import type { Migration } from './types';

/** A bbox per plot in an R*Tree, kept in step with the plot's geometry by the writer (DESIGN.md §3). */
export const migration002: Migration = {
  version: 2,
  name: 'plot-rtree',
  up: (db: Db) => {
    db.exec(SCHEMA);
    const update = db.prepare('UPDATE plots SET min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ? WHERE rowid = ?');
    const rows = db.prepare('SELECT rowid AS rid, geometry FROM plots').all() as { rid: number; geometry: string }[];
    for (const row of rows) update.run(...bboxOf(AreaGeometry.parse(JSON.parse(row.geometry))), row.rid);
  },
};

const SCHEMA = `
    ALTER TABLE plots ADD COLUMN min_lon REAL;
    ALTER TABLE plots ADD COLUMN min_lat REAL;
    ALTER TABLE plots ADD COLUMN max_lon REAL;
    ALTER TABLE plots ADD COLUMN max_lat REAL;
    CREATE VIRTUAL TABLE plots_rtree USING rtree(rid, min_lon, max_lon, min_lat, max_lat);
    CREATE TRIGGER plots_rtree_insert AFTER INSERT ON plots WHEN NEW.min_lon IS NOT NULL
      BEGIN INSERT INTO plots_rtree VALUES (NEW.rowid, NEW.min_lon, NEW.max_lon, NEW.min_lat, NEW.max_lat); END;
    CREATE TRIGGER plots_rtree_update AFTER UPDATE OF min_lon, min_lat, max_lon, max_lat ON plots
      BEGIN
        DELETE FROM plots_rtree WHERE rid = OLD.rowid;
        INSERT INTO plots_rtree SELECT NEW.rowid, NEW.min_lon, NEW.max_lon, NEW.min_lat, NEW.max_lat WHERE NEW.min_lon IS NOT NULL;
      END;
    CREATE TRIGGER plots_rtree_delete AFTER DELETE ON plots
      BEGIN DELETE FROM plots_rtree WHERE rid = OLD.rowid; END;
`;
