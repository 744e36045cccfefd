package org.buyonce.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a contract or asset provides; contracts of different councils are aligned per capability. */
@Entity
@Table(name = "capability")
public class Capability {

    /** A slug, e.g. {@code revenues-benefits}. */
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** Common Procurement Vocabulary code, e.g. {@code 48000000-8}. */
    @Column(name = "cpv_code")
    public String cpvCode;

    /** Published on the capabilities topic. */
    @Column(nullable = false)
    public boolean announced;
}
