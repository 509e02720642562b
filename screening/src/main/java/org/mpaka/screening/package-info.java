/**
 * Watchlist screening: explainable matching of travellers' names, birth dates, nationalities and
 * documents against national alert lists, the UN Security Council list, OFAC SDN and lost/stolen
 * document lists.
 *
 * <p>The public API is this package: {@link org.mpaka.screening.NameMatcher} scores two names,
 * {@link org.mpaka.screening.ScreeningIndex} is an immutable in-memory index of one list version,
 * {@link org.mpaka.screening.Screener} holds the active version and swaps it atomically on update,
 * and {@link org.mpaka.screening.WatchlistImport} reads the supported list formats. Everything in
 * {@code internal} may change without notice.
 */
package org.mpaka.screening;
