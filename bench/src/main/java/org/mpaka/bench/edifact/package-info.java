/**
 * JMH benchmarks of the EDIFACT library: full PAXLST and PNRGOV parsing into the typed model over
 * the fixture corpus, and plain tokenising with StAEDI over the same input for comparison.
 */
package org.mpaka.bench.edifact;
