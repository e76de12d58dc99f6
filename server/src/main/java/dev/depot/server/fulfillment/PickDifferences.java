package dev.depot.server.fulfillment;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.views.PickTaskStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a confirmed pick contradicts its task. Pure: it compares the plan with the fact and decides
 * nothing else, since a physical fact is recorded whatever it says.
 */
final class PickDifferences {

    private PickDifferences() {
    }

    /** The task as planned when the pick arrived. */
    record Plan(PickTaskStatus status, String binCode, BigDecimal quantity) {
    }

    /** The pick as it happened: the bin the goods came from and how many. */
    record Fact(String binCode, BigDecimal quantity) {
    }

    static List<PickDifference> between(Plan plan, Fact fact) {
        List<PickDifference> differences = new ArrayList<>();
        if (plan.status() != PickTaskStatus.OPEN) {
            String status = plan.status().title().toLowerCase();
            differences.add(new PickDifference(ExceptionKind.TASK_ALREADY_DONE, "The task open, to pick once",
                    "Picked " + plain(fact.quantity()) + " more after the task was " + status,
                    "The task was already " + status + "; your pick was recorded as well and the supervisor will reconcile it"));
        }
        if (!plan.binCode().equals(fact.binCode())) {
            differences.add(new PickDifference(ExceptionKind.OTHER_BIN, "Pick from " + plan.binCode(),
                    "Picked from " + fact.binCode(), "Picked from " + fact.binCode() + " instead of " + plan.binCode()));
        }
        if (plan.status() == PickTaskStatus.OPEN && fact.quantity().compareTo(plan.quantity()) < 0) {
            differences.add(new PickDifference(ExceptionKind.SHORT_PICK, "Pick " + plain(plan.quantity()) + " from " + fact.binCode(),
                    "Found " + plain(fact.quantity()), "Short pick: " + plain(fact.quantity()) + " of " + plain(plan.quantity())
                    + " picked"));
        }
        return differences;
    }
}
