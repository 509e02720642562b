/**
 * JMH benchmarks of the screening engine on a deterministic synthetic list of up to a million
 * people with realistic names from several regions, with a brute-force Jaro–Winkler scan (Apache
 * Commons Text) as the comparison baseline.
 */
package org.mpaka.bench.screening;
