package org.shuzhi.monitoring.internal.ingest;

/**
 * The channel values of one valid message, column-wise (one entry per channel value) so a batch can
 * be handed to PostgreSQL as arrays.
 *
 * @param readings number of readings (payload entries) the values came from
 */
record ParsedMessage(
    KnownDevice device,
    short[] channels,
    long[] tsMicros,
    long[] seqs,
    double[] values,
    int size,
    int readings) {}
