/**
 * A frozen copy of the parsing engine ({@code org.mpaka.mrz.internal}) as it was before the speed
 * work on the parse path (commit 3955afe), kept only as the test oracle of {@code
 * ReferenceParserTest}: the optimised engine must give exactly the same results. Not to be
 * changed except to follow a deliberate change of the parser's behaviour.
 */
package org.mpaka.mrz.reference;
