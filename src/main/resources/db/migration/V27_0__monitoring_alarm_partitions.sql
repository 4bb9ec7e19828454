-- Alarm evaluation across nodes (ADR 0006, stage 3). Devices are hashed into partitions; a node
-- evaluates the devices of the partitions it holds a lease on. Only used with
-- shuzhi.alarms.cluster=true; a single node without it never touches these tables.

-- Nodes taking part, with the partition count they were started with (all must agree); a node
-- counts as live while alive_until is in the future. Fair share = ceil(partitions / live nodes).
CREATE TABLE monitoring_alarm_node (
  node        TEXT PRIMARY KEY,
  partitions  INT NOT NULL,
  alive_until TIMESTAMPTZ NOT NULL
);

-- One row per partition (created by the first node that starts). node is the holder, NULL when
-- free; a lease that ran out may be taken by any node (UPDATE ... WHERE lease_until < now()), so a
-- partition never has two holders. Times are the database's, so node clocks need not agree.
CREATE TABLE monitoring_alarm_partition (
  partition   INT PRIMARY KEY,
  node        TEXT,
  lease_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity'
);

-- Readings received by a node that does not hold their partition, one row per ingestion batch and
-- partition, written after the readings committed. The holder evaluates them with the original
-- reception time and then deletes the row, so a row outlives a crash of either node.
CREATE TABLE monitoring_alarm_feed (
  id           BIGSERIAL PRIMARY KEY,
  partition    INT NOT NULL,
  received_at  TIMESTAMPTZ NOT NULL,
  device_codes TEXT[] NOT NULL,
  channels     TEXT[] NOT NULL,
  ts_micros    BIGINT[] NOT NULL,
  vals         DOUBLE PRECISION[] NOT NULL
);
CREATE INDEX monitoring_alarm_feed_partition_idx ON monitoring_alarm_feed (partition, id);

-- One notification per inserting statement, naming the partitions it wrote to (comma-separated),
-- delivered at commit to every node listening on shuzhi_alarm_feed.
CREATE FUNCTION monitoring_alarm_feed_notify() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('shuzhi_alarm_feed',
                    (SELECT string_agg(DISTINCT partition::text, ',') FROM inserted));
  RETURN NULL;
END
$$;

CREATE TRIGGER monitoring_alarm_feed_notify
  AFTER INSERT ON monitoring_alarm_feed
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION monitoring_alarm_feed_notify();
