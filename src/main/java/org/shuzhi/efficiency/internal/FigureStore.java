package org.shuzhi.efficiency.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The yearly figures in {@code efficiency_enterprise}. A delivery is copied (PostgreSQL COPY) into
 * a temporary table, replaced values go to the history, then one UPDATE applies it: set-based, so a
 * district-size file (100,000+ rows) takes seconds. Must run inside a transaction.
 */
@Repository
class FigureStore {

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  FigureStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  /** What validation needs of an enterprise already in scope. */
  record InScope(Double landAreaMu, Double tax) {}

  Map<String, InScope> scope(int year) {
    Map<String, InScope> scope = new HashMap<>();
    jdbc.sql("SELECT uscc, land_area_mu, tax FROM efficiency_enterprise WHERE year = ?")
        .param(year)
        .query(
            rs -> {
              scope.put(
                  rs.getString(1),
                  new InScope(
                      (Double) rs.getObject(2, Double.class), rs.getObject(3, Double.class)));
            });
    return scope;
  }

  long createImport(
      int year,
      Dataset dataset,
      String department,
      String channel,
      String file,
      int rows,
      String user) {
    return jdbc.sql(
            "INSERT INTO efficiency_import (year, dataset, department, channel, file_name,"
                + " row_count, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(year, dataset.name(), department, channel, file, rows, user)
        .query(Long.class)
        .single();
  }

  /** Applies validated rows (values by field key, already typed) of one delivery. */
  void apply(
      int year, Dataset dataset, long importId, List<Map<String, Object>> rows, String user) {
    List<Dataset.Field> fields = dataset.fields();
    String columns =
        fields.stream()
            .map(f -> f.dbColumn() + " " + f.sqlType())
            .collect(Collectors.joining(", "));
    jdbc.sql(
            "CREATE TEMP TABLE efficiency_incoming (uscc TEXT PRIMARY KEY, "
                + columns
                + ")"
                + " ON COMMIT DROP")
        .update();
    copy(rows, fields);
    for (Dataset.Field f : fields) {
      String c = f.dbColumn();
      jdbc.sql(
              "INSERT INTO efficiency_value_history (year, uscc, field, old_value, new_value,"
                  + " old_import, new_import, changed_by)"
                  + " SELECT e.year, e.uscc, ?, e."
                  + c
                  + "::text, i."
                  + c
                  + "::text, e."
                  + c
                  + "_src, ?, ? FROM efficiency_incoming i JOIN efficiency_enterprise e"
                  + " ON e.year = ? AND e.uscc = i.uscc"
                  + " WHERE e."
                  + c
                  + " IS NOT NULL AND e."
                  + c
                  + " IS DISTINCT FROM i."
                  + c)
          .params(f.key(), importId, user, year)
          .update();
    }
    String set =
        fields.stream()
            .map(f -> f.dbColumn() + " = i." + f.dbColumn() + ", " + f.dbColumn() + "_src = :src")
            .collect(Collectors.joining(", "));
    jdbc.sql(
            "UPDATE efficiency_enterprise e SET "
                + set
                + " FROM efficiency_incoming i WHERE e.year = :year AND e.uscc = i.uscc")
        .param("src", importId)
        .param("year", year)
        .update();
    jdbc.sql("DROP TABLE efficiency_incoming").update();
  }

  private void copy(List<Map<String, Object>> rows, List<Dataset.Field> fields) {
    StringBuilder csv = new StringBuilder(rows.size() * 48);
    for (Map<String, Object> row : rows) {
      csv.append(quote(row.get("uscc").toString()));
      for (Dataset.Field f : fields) {
        csv.append(',');
        Object v = row.get(f.key());
        if (v != null) {
          csv.append(v instanceof String s ? quote(s) : v.toString());
        }
      }
      csv.append('\n');
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      String names = fields.stream().map(Dataset.Field::dbColumn).collect(Collectors.joining(", "));
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY efficiency_incoming (uscc, " + names + ") FROM STDIN (FORMAT csv)",
              new StringReader(csv.toString()));
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("copy of figures failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
