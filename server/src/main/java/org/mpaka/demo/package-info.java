/**
 * Demo data for newcomers: on the first start of an empty embedded database (or with {@code
 * MPAKA_DEMO=true}), demo accounts for both agencies are created so that every role's pages can be
 * seen, and a demo watchlist ({@code demo/demo-watchlist.csv}: fictitious people and documents the
 * demo travellers hit) is imported as version {@code demo}. Never loaded into PostgreSQL unless
 * asked for.
 */
package org.mpaka.demo;
