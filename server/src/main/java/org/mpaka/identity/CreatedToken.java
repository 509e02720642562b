package org.mpaka.identity;

/** A new token and its secret, which is shown once and never again. */
public record CreatedToken(ApiToken token, String secret) {}
