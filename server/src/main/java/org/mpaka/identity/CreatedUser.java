package org.mpaka.identity;

/** A new account and, when Mpaka generated it, the initial password to hand over (shown once). */
public record CreatedUser(UserAccount account, String generatedPassword) {}
