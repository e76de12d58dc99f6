package dev.depot.server.admin;

import static dev.depot.server.admin.TestOrders.PASSWORD;
import static dev.depot.server.admin.TestOrders.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.identity.Role;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A supervisor works the exceptions queue in a real browser: what the picks contradicted, how long ago, resolved with a note. */
class WorkingTheExceptionsQueueTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    private static TestOrders orders;
    private static TestDevice scanner;

    @BeforeAll
    static void aPickerOnTheFloor() {
        orders = new TestOrders(depot);
        UUID main = UUID.fromString(depot.sql().single("SELECT id FROM warehouse WHERE code = 'MAIN'").toString());
        scanner = TestDevice.of(depot, depot.addUser(Role.PICKER, main));
    }

    @Test
    void aShortPickWaitsInTheQueueWithItsAgeAndIsResolvedWithANote() {
        TestOrders.Placed order = orders.place("C-1002", line("GLV-NIT-M", 10));
        orders.release(order);
        PickTaskView task = taskOf(order);
        BigDecimal found = task.quantity().subtract(BigDecimal.ONE);
        scanner.send(new ConfirmPick(task.id(), task.binCode(), task.gtin(), found, null));

        ExceptionsPage queue = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToExceptions();

        assertThat(queue.openFor(order.number())).isEqualTo(new ExceptionsPage.Card("Short pick", task.binCode(), "GLV-NIT-M",
                order.number(), "just now", false, "Pick " + plain(task.quantity()) + " from " + task.binCode(), "Found " + plain(found)));
        chrome.screenshot("admin-exceptions");

        queue = queue.resolve(order.number(), "Counted the bin: one box short, the rest is on the next delivery");

        assertThat(queue.notice()).isEqualTo("Short pick at " + task.binCode() + " for " + order.number()
                + " resolved; the picker has been told.");
        assertThat(queue.open()).extracting(ExceptionsPage.Card::order).doesNotContain(order.number());
        assertThat(queue.resolutions()).first().isEqualTo("Counted the bin: one box short, the rest is on the next delivery");
        assertThat(depot.sql().single("SELECT status FROM warehouse_exception WHERE task_id = ?", task.id())).isEqualTo("RESOLVED");
        assertThat(depot.sql().single("SELECT resolved_by FROM warehouse_exception WHERE task_id = ?", task.id()))
                .isEqualTo("Sam Supervisor");
        assertThat(scanner.inbox()).extracting(InboxEntryView::kind).contains("PICK_EXCEPTION_RESOLVED");
    }

    @Test
    void anExceptionLeftLongerThanAShiftStandsOutWithItsAge() {
        TestOrders.Placed order = orders.place("C-1003", line("TIS-2PLY-96", 24));
        orders.release(order);
        PickTaskView task = taskOf(order);
        scanner.send(new ConfirmPick(task.id(), task.binCode(), task.gtin(), BigDecimal.ZERO, null));
        depot.sql().execute("UPDATE warehouse_exception SET raised_at = raised_at - INTERVAL '9 hours 20 minutes' WHERE task_id = ?",
                task.id());

        ExceptionsPage.Card card = LoginPage.open(chrome, depot).signInAs("admin", PASSWORD).goToExceptions().openFor(order.number());

        assertThat(card.age()).isEqualTo("9 h 20 min");
        assertThat(card.overdue()).isTrue();
    }

    @Test
    void theOrderDeskDoesNotWorkTheWarehouseQueue() {
        OrdersPage list = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD);
        assertThat(list.navigation()).containsExactly("Orders", "Stock", "Waves", "Packing", "Conflicts");

        chrome.driver().get(depot.uri().resolve("admin/exceptions").toString());

        assertThat(MessagePage.at(chrome).heading()).isEqualTo("Your role may not do this");
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private static PickTaskView taskOf(TestOrders.Placed order) {
        return scanner.views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order.id())).findFirst().orElseThrow();
    }
}
