/** Mpaka edifact library (pure Java, no Spring). */
package org.mpaka.edifact;
