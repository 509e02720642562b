/** Web page and REST endpoints for reading and verifying the audit trail. */
package org.mpaka.audit.web;
