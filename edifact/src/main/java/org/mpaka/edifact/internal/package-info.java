/**
 * Internals of the EDIFACT library: the hand-written streaming tokenizer and the mappers from
 * segments to the typed PAXLST and PNRGOV models. Not API: may change without notice.
 */
package org.mpaka.edifact.internal;
