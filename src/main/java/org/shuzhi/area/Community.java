package org.shuzhi.area;

/**
 * A community (村社): a village (村) or residential community (社区) of a town.
 *
 * @param id database id
 * @param townCode NBS 9-digit code of its town
 * @param name name, unique within the town
 * @param code optional code (e.g. the NBS 12-digit village code), or null
 */
public record Community(long id, String townCode, String name, String code) {}
