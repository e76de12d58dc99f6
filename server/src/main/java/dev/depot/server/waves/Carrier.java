package dev.depot.server.waves;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** A carrier that collects from the warehouses every day at its cut-off: orders for it are picked before then. */
@Entity
@Table(name = "carrier")
public class Carrier {

    @Id
    private String code;
    private String name;
    private LocalTime cutoff;

    protected Carrier() {
    }

    Carrier(String code, String name, LocalTime cutoff) {
        this.code = code;
        this.name = name;
        this.cutoff = cutoff;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public LocalTime cutoff() {
        return cutoff;
    }
}
