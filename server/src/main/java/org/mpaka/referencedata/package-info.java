/**
 * Reference data owned by headquarters: countries with the ICAO 9303 codes, agencies, border
 * posts with their country sides and opening hours, and counters. {@link
 * org.mpaka.referencedata.ReferenceData} is the module's API; it depends on no other module.
 */
package org.mpaka.referencedata;
