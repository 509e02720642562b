/**
 * Reading, validating and writing the machine-readable zones (MRZ) of travel documents as
 * specified by ICAO Doc 9303: TD1 and TD2 cards, TD3 passports, MRV-A and MRV-B visas, and the
 * French national identity card (1988 format) as a national variant.
 *
 * <p>Entry points: {@link org.mpaka.mrz.Mrz#parse(CharSequence)} (or a configured {@link
 * org.mpaka.mrz.MrzParser}) returns an {@link org.mpaka.mrz.MrzResult} with typed fields, every
 * check digit, OCR corrections, warnings and errors; the only exception it throws is {@link
 * org.mpaka.mrz.NotAnMrzException} for text that is not an MRZ at all. {@link
 * org.mpaka.mrz.MrzWriter} produces MRZs from an {@link org.mpaka.mrz.MrzDocument}. {@link
 * org.mpaka.mrz.IcaoCodes} is the reference list of issuing-state and nationality codes.
 */
package org.mpaka.mrz;
