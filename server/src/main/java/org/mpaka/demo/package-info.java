/**
 * Demo data for newcomers: on the first start of an empty embedded database (or with {@code
 * MPAKA_DEMO=true}), demo accounts for both agencies are created so that every role's pages can be
 * seen. Never loaded into PostgreSQL unless asked for.
 */
package org.mpaka.demo;
