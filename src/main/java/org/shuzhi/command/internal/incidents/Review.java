package org.shuzhi.command.internal.incidents;

/**
 * The after-action review (事后复盘) written when an incident is closed; every field is required.
 *
 * @param summary what happened and how it was handled
 * @param cause the cause found
 * @param lessons lessons learnt and improvements to make
 */
public record Review(String summary, String cause, String lessons) {}
