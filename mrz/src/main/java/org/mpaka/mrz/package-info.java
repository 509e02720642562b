/** Mpaka mrz library (pure Java, no Spring). */
package org.mpaka.mrz;
