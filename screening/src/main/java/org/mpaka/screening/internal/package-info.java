/**
 * Internals of the screening engine: name normalisation and transliteration, orthographic and
 * phonetic keys, the part aligner that scores two names, the candidate index and the list
 * parsers. Not part of the public API.
 */
package org.mpaka.screening.internal;
