/** JMH benchmarks of the MRZ library: parsing and validating zones. */
package org.mpaka.bench.mrz;
