/** The watchlists page ({@code /watchlists}) and REST API ({@code /api/v1/watchlists}). */
package org.mpaka.watchlist.web;
