/** Web pages and REST endpoints for reference data (countries, agencies, posts). */
package org.mpaka.referencedata.web;
