/**
 * Internals of the MRZ library: input normalisation, the per-format layouts, check digits, the
 * OCR confusion tables, the code table and the parsing engine. Not an API: use the types of
 * {@code org.mpaka.mrz}.
 */
package org.mpaka.mrz.internal;
