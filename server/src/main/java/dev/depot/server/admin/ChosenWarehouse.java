package dev.depot.server.admin;

import dev.depot.server.identity.Caller;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.platform.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The warehouse a page of the floor is about: a supervisor's own; for people of no one warehouse the
 * one they chose (the first when none is chosen), with the others to choose from.
 */
record ChosenWarehouse(Warehouse warehouse, List<StockView.WarehouseChoice> choices) {

    static ChosenWarehouse of(EntityManager em, Inventory inventory, Caller caller, String code) {
        List<Warehouse> warehouses = inventory.warehouses(em);
        Warehouse chosen = warehouses.stream()
                .filter(w -> caller.warehouseId() != null ? w.id().equals(caller.warehouseId()) : w.code().equalsIgnoreCase(code.strip()))
                .findFirst()
                .or(() -> caller.warehouseId() == null ? warehouses.stream().findFirst() : Optional.empty())
                .orElseThrow(() -> ProblemException.invalidState("there is no warehouse yet"));
        List<StockView.WarehouseChoice> choices = caller.warehouseId() != null ? List.of()
                : warehouses.stream().map(w -> new StockView.WarehouseChoice(w.code(), w.name(), w.id().equals(chosen.id()))).toList();
        return new ChosenWarehouse(chosen, choices);
    }
}
