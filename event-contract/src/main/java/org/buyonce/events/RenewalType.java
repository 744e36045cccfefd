package org.buyonce.events;

/** How a contract continues past its current end. */
public enum RenewalType {
    /** Ends at its end date unless an extension option is exercised. */
    FIXED,
    /** Renews by its renewal period unless notice is given ("tacit" or automatic renewal). */
    TACIT
}
