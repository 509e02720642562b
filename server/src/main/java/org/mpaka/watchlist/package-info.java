/**
 * Watchlists at headquarters: imported list versions (UN, OFAC, national alert lists, lost and stolen
 * documents) are stored with their source file, and the newest version of each list is held in one
 * in-memory {@link org.mpaka.screening.Screener} that the counter screens travellers through
 * ({@link org.mpaka.watchlist.Watchlists#screen}) without touching the database. Tables
 * {@code watchlist_*}, owned by headquarters.
 */
package org.mpaka.watchlist;
