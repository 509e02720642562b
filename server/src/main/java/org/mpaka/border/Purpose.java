package org.mpaka.border;

/** Purpose of travel, recorded for statistics. */
public enum Purpose {
    TRADE,
    WORK,
    FAMILY,
    HEALTH,
    STUDY,
    TOURISM,
    TRANSIT,
    OTHER
}
