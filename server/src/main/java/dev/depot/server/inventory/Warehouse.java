package dev.depot.server.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A building stock is kept in. */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    @Id
    private UUID id;
    private String code;
    private String name;

    protected Warehouse() {
    }

    public Warehouse(UUID id, String code, String name) {
        this.id = id;
        this.code = code;
        this.name = name;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
