import { MapView } from '../features/map/MapView';
import { PlotPanel } from '../features/plot-panel/PlotPanel';
import { PlotTable } from '../features/plot-table/PlotTable';
import { ZoneList } from '../features/zones/ZoneList';

/** The main view: zones | map over table | plot panel. */
export function MapWorkspace() {
  return (
    <main className="workspace">
      <ZoneList />
      <div className="workspace__centre">
        <MapView />
        <PlotTable />
      </div>
      <PlotPanel />
    </main>
  );
}
