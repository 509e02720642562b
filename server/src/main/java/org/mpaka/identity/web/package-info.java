/** Web pages and REST endpoints for accounts, API tokens and sign-in. */
package org.mpaka.identity.web;
