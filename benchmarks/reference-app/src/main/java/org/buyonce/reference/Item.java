package org.buyonce.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One row shaped like a contract (about as many columns, of the same types), read by id. */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public Long version;

    public String council;
    public String reference;
    public String title;
    public String description;
    @Column(name = "supplier_name")
    public String supplierName;
    public String capability;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "notice_period_months")
    public int noticePeriodMonths;
    @Column(name = "notice_deadline")
    public LocalDate noticeDeadline;
    @Column(name = "annual_value", precision = 14, scale = 2)
    public BigDecimal annualValue;
    public String status;
}
