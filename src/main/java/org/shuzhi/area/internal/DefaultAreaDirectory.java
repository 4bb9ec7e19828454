package org.shuzhi.area.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Community;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.springframework.stereotype.Service;

@Service
class DefaultAreaDirectory implements AreaDirectory {

  private final AreaSnapshots snapshots;

  DefaultAreaDirectory(AreaSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public List<Town> towns() {
    return snapshots.current().towns();
  }

  @Override
  public Optional<Town> town(String code) {
    return snapshots.current().town(code);
  }

  @Override
  public Optional<Town> townAt(double lon, double lat) {
    return snapshots.current().townAt(lon, lat);
  }

  @Override
  public boolean insideDistrict(double lon, double lat) {
    return snapshots.current().insideDistrict(lon, lat);
  }

  @Override
  public Optional<Grid> gridAt(double lon, double lat) {
    return snapshots.current().gridAt(lon, lat);
  }

  @Override
  public Optional<Grid> grid(long id) {
    return snapshots.current().grid(id);
  }

  @Override
  public List<Grid> gridsOfTown(String townCode) {
    return snapshots.current().gridsOfTown(townCode);
  }

  @Override
  public List<Community> communities(String townCode) {
    return snapshots.current().communities(townCode);
  }

  @Override
  public List<Grid> gridsOfWorker(String username) {
    return snapshots.current().gridsOfWorker(username);
  }

  @Override
  public String districtOutlineGeoJson() {
    return snapshots.current().districtGeoJson();
  }

  @Override
  public String townsGeoJson() {
    return snapshots.current().townsGeoJson();
  }

  @Override
  public String gridsGeoJson(String townCode) {
    return snapshots.current().gridsGeoJson(townCode);
  }

  @Override
  public Geometry townBoundary(String code) {
    return snapshots
        .current()
        .townBoundary(code)
        .orElseThrow(() -> new NoSuchElementException("No town " + code));
  }
}
