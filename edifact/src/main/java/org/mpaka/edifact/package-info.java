/**
 * UN/EDIFACT airline passenger data: a streaming reader for interchanges ({@link
 * org.mpaka.edifact.EdifactReader}), typed models for PAXLST ({@link org.mpaka.edifact.Paxlst})
 * and PNRGOV ({@link org.mpaka.edifact.Pnrgov}) messages, and a CUSRES writer ({@link
 * org.mpaka.edifact.CusresWriter}).
 *
 * <p>The library never throws on malformed input except {@link
 * org.mpaka.edifact.NotEdifactException} when the input is not EDIFACT at all. Every other problem
 * is a {@link org.mpaka.edifact.Diagnostic} attached to the message it concerns, so one bad
 * message never hides the others. Pure Java, no runtime dependencies.
 */
package org.mpaka.edifact;
