/**
 * Data for the server's load benchmark ({@code bench/load/run.sh}, wrk): a large watchlist in the
 * Mpaka CSV format and request bodies of complete crossings that are valid and never hit the list.
 */
package org.mpaka.bench.load;
