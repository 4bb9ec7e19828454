/**
 * Warnings (预警): issuing, updating and cancelling public warnings as OASIS CAP 1.2 messages, with
 * GB/T 35965-style identifiers, GB/T 2260 geocodes and the colours 红橙黄蓝 of 《突发事件应对法》.
 *
 * <p>DESIGN.md places warnings under {@code command}; they are a module of their own so that the
 * command module (incidents, one-click response) and others can issue warnings through one small
 * root API without depending on command's internals, and so that warnings keep working when command
 * is absent. Command calls {@link org.shuzhi.warning.Warnings#issue} (or {@code draft} + {@code
 * publish}) with a {@link org.shuzhi.warning.WarningDraft} and the acting user.
 *
 * <p>Lifecycle: DRAFT → PUBLISHED (CAP msgType Alert) → UPDATED (Update, referencing every earlier
 * message) → CANCELLED (Cancel). Each CAP message is stored as sent; every change is kept in the
 * history with its author and written to the audit trail. Published warnings are public: the public
 * page {@code /public/warnings}, {@code GET /api/v1/warnings/{id}} (JSON, or CAP XML by {@code
 * Accept: application/cap+xml} or the {@code .xml} suffix) and the Atom feed {@code GET
 * /api/v1/warnings/feed}. Drafts are seen only by those who may publish and by the town staff of
 * the towns concerned. CAP messages from other senders are received (validated against the OASIS
 * schema) at {@code POST /api/v1/warnings/received}. A map layer shows the warnings in force.
 */
package org.shuzhi.warning;
