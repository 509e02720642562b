/**
 * Small building blocks every module uses: identifiers (UUIDv7), the {@code mpaka.*} settings and
 * how timestamps are shown. Depends on nothing else in Mpaka.
 */
package org.mpaka.shared;
