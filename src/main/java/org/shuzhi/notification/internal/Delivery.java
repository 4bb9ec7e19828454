package org.shuzhi.notification.internal;

import java.time.Instant;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;

/**
 * A claimed delivery with what a channel needs to send it.
 *
 * @param id delivery id
 * @param noticeId the notice
 * @param channel the channel
 * @param target username (in-app), e-mail address or webhook URL
 * @param username the person it is for, or null (department webhook)
 * @param secret webhook signing secret, or null
 * @param attempt number of this attempt, from 1
 * @param language the recipient's language (ISO 639), or null for Chinese; title and body are in it
 */
record Delivery(
    long id,
    long noticeId,
    ChannelKind channel,
    String target,
    String username,
    String secret,
    int attempt,
    String language,
    NoticeKind kind,
    String key,
    Severity severity,
    String townCode,
    String title,
    String body,
    String link,
    Instant occurredAt) {

  /** The language to write the rest of the message in (severity words, link text). */
  java.util.Locale locale() {
    return language == null
        ? java.util.Locale.SIMPLIFIED_CHINESE
        : java.util.Locale.forLanguageTag(language);
  }
}
