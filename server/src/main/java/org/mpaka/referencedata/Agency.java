package org.mpaka.referencedata;

/** A border agency, e.g. Rwanda's DGIE or the DRC's DGM. */
public record Agency(String code, String name, String countryCode) {}
