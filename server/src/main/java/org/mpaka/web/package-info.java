/**
 * The web shell: layout, home page, sign-in page, languages, and how errors are shown (problem
 * details for the API, a plain page for people). Knows no business rules.
 */
package org.mpaka.web;
