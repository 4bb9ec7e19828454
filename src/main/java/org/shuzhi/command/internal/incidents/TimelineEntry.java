package org.shuzhi.command.internal.incidents;

import java.time.Instant;

/**
 * One entry of an incident's append-only timeline.
 *
 * @param id entry id (ascending in time)
 * @param kind what happened (see {@link Timeline})
 * @param message the entry's text in Chinese as written (a message: the author's text)
 * @param detail JSON detail (e.g. the message arguments, the reservation ids), or null
 * @param at when
 * @param actor who
 */
public record TimelineEntry(
    long id, String kind, String message, String detail, Instant at, String actor) {}
