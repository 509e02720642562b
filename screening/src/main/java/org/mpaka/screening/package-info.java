/** Mpaka screening library (pure Java, no Spring). */
package org.mpaka.screening;
