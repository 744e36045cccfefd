package org.buyonce.commons.security;

/** The roles a token's groups may carry. */
public final class Roles {

    /** Reads everything. */
    public static final String VIEWER = "viewer";
    /** Writes the contracts of the council its token names; adopts and moves plans that include that council. */
    public static final String OFFICER = "officer";
    /** The shared ICT team: writes the asset register, reads everything. */
    public static final String ICT = "ict";
    /** May do everything. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
