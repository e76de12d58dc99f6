package dev.depot.server.waves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.DepotServer;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.UserAccount;
import dev.depot.server.identity.Users;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import dev.depot.sync.protocol.PullResponse;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Orders go to the floor in waves: the planner suggests them (rush first, then the carrier that
 * collects soonest, then zone), a wave is released whole or not at all with one tote per order, a
 * supervisor hands it to one picker and the handhelds follow, and its progress counts every pick.
 */
class WavesTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    private static final AtomicInteger FLOORS = new AtomicInteger();

    static Fixtures fixtures;
    static RunningDepot.TestUser rep;

    @BeforeAll
    static void aRep() {
        fixtures = new Fixtures(depot);
        rep = depot.addUser(Role.REP);
    }

    @AfterEach
    void theBooksStillBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void waitingOrdersArePlannedRushFirstThenByCutOffAndZoneAndAWaveGivesEachOrderItsToteAlongThePickPath() {
        Floor floor = new Floor();
        UUID early = floor.customer("OWN", LocalTime.of(11, 30));
        UUID late = floor.customer("DHL", LocalTime.of(15, 0));
        PlaceOrder a = floor.order(early, floor.gloves, 2);
        PlaceOrder b = floor.order(late, floor.gloves, 1, floor.towels, 3);
        PlaceOrder c = floor.order(late, floor.towels, 2);
        PlaceOrder held = floor.order(floor.customerOnAShortLeash(), floor.gloves, 1);
        inTransaction(em -> capabilities().orderSteps().release().rush(em, c.orderId(), floor.supervisor()));

        List<WavePlanner.PlannedWave> plan = plan(floor);

        assertThat(plan).extracting(WavePlanner.PlannedWave::orderIds)
                .as("rush first; then Own truck at 11:30 before DHL at 15:00; the order on credit hold waits for its hold to be lifted")
                .containsExactly(List.of(c.orderId()), List.of(a.orderId()), List.of(b.orderId()));
        assertThat(plan).extracting(WavePlanner.PlannedWave::zone).containsExactly("B", "A", "A");
        assertThat(plan.getFirst().priority()).isEqualTo(Priority.RUSH);
        assertThat(status(held)).isEqualTo("ON_HOLD");

        Wave wave = inTransaction(em -> capabilities().orderSteps().release().releaseWave(em, floor.warehouse.id(),
                List.of(b.orderId(), a.orderId()), floor.supervisor()));

        assertThat(wave.orderCount()).isEqualTo(2);
        assertThat(wave.carrierCode()).as("two carriers: none for the wave").isNull();
        assertThat(wave.number()).matches("W-\\d{6}");
        List<PickTaskView> tasks = floor.picker.views(PickTaskView.class);
        assertThat(tasks).allSatisfy(t -> assertThat(t.wave().number()).isEqualTo(wave.number()))
                .allSatisfy(t -> assertThat(t.wave().assignedTo()).isNull());
        assertThat(tasks).filteredOn(t -> t.orderId().equals(b.orderId())).extracting(t -> t.wave().tote()).containsOnly(1);
        assertThat(tasks).filteredOn(t -> t.orderId().equals(a.orderId())).extracting(t -> t.wave().tote()).containsOnly(2);
        assertThat(status(a)).isEqualTo("RELEASED");
        assertThat(depot.sql().single("SELECT detail FROM order_event WHERE order_id = ? AND kind = 'RELEASED'", a.orderId()))
                .isEqualTo("Released to the warehouse in wave " + wave.number() + ", tote 2: 1 pick task");
        assertThat(plan(floor)).extracting(WavePlanner.PlannedWave::orderIds).containsExactly(List.of(c.orderId()));
    }

    @Test
    void aWaveIsReleasedWholeOrNotAtAll() {
        Floor floor = new Floor();
        Floor elsewhere = new Floor();
        PlaceOrder ready = floor.order(floor.customer("DHL", LocalTime.of(15, 0)), floor.gloves, 1);
        PlaceOrder held = floor.order(floor.customerOnAShortLeash(), floor.gloves, 1);
        PlaceOrder fromElsewhere = elsewhere.order(elsewhere.customer("DHL", LocalTime.of(15, 0)), elsewhere.gloves, 1);

        assertThatThrownBy(() -> release(floor, floor.supervisor(), ready, held))
                .isInstanceOf(ProblemException.class).hasMessageContaining("is on hold");
        assertThatThrownBy(() -> release(floor, floor.supervisor(), ready, fromElsewhere))
                .isInstanceOf(ProblemException.class).hasMessageContaining("ships from another warehouse");
        assertThatThrownBy(() -> release(floor, elsewhere.supervisor(), ready))
                .isInstanceOf(ProblemException.class).extracting(e -> ((ProblemException) e).type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThatThrownBy(() -> release(floor, floor.supervisor()))
                .isInstanceOf(ProblemException.class).hasMessageContaining("choose at least one order");

        assertThat(status(ready)).isEqualTo("OPEN");
        assertThat(depot.sql().count("SELECT count(*) FROM wave WHERE warehouse_id = ?", floor.warehouse.id())).isZero();
        assertThat(depot.sql().count("SELECT count(*) FROM pick_task WHERE order_id = ?", ready.orderId())).isZero();
        assertThat(plan(floor)).extracting(WavePlanner.PlannedWave::orderIds).containsExactly(List.of(ready.orderId()));
    }

    @Test
    void aSupervisorHandsAWaveToOnePickerAndEveryHandheldOfTheWarehouseHearsOfIt() {
        Floor floor = new Floor();
        PlaceOrder order = floor.order(floor.customer("DHL", LocalTime.of(15, 0)), floor.gloves, 2);
        Wave wave = release(floor, floor.supervisor(), order);
        TestDevice other = floor.anotherPicker();
        PullResponse before = other.copy();
        UserAccount pat = account(floor.picker.registration().userId());

        inTransaction(em -> capabilities().waves().assign(em, wave.id(), pat, floor.warehouse.id()));

        PullResponse heard = other.pullUntil(before.cursor(), page -> page.changes().stream()
                .anyMatch(c -> c.payload() instanceof PickTaskView t && t.wave().assignedTo() != null));
        PickTaskView task = (PickTaskView) heard.changes().stream().filter(c -> c.payload() instanceof PickTaskView).findFirst()
                .orElseThrow().payload();
        assertThat(task.wave().assignedTo()).isEqualTo(pat.id());
        assertThat(task.wave().assignedToName()).isEqualTo(pat.displayName());
        assertThat(task.isFor(pat.id())).isTrue();
        assertThat(task.isFor(other.registration().userId())).as("the other picker's handheld no longer offers it").isFalse();

        UserAccount receiver = account(depot.addUser(Role.RECEIVER, floor.warehouse.id()).id());
        assertThatThrownBy(() -> inTransaction(em -> capabilities().waves().assign(em, wave.id(), receiver, floor.warehouse.id())))
                .isInstanceOf(ProblemException.class).hasMessageContaining("only an active picker of the wave's warehouse can take it");
        UUID anotherWarehouse = new Floor().warehouse.id();
        assertThatThrownBy(() -> inTransaction(em -> capabilities().waves().assign(em, wave.id(), null, anotherWarehouse)))
                .isInstanceOf(ProblemException.class).extracting(e -> ((ProblemException) e).type()).isEqualTo(ProblemType.FORBIDDEN);

        inTransaction(em -> capabilities().waves().assign(em, wave.id(), null, null));
        assertThat(other.views(PickTaskView.class)).allSatisfy(t -> assertThat(t.isFor(other.registration().userId())).isTrue());
    }

    @Test
    void progressCountsEveryPickAndTheRestOfAShortPickStaysInItsWaveToteAndHands() {
        Floor floor = new Floor();
        fixtures.stock(floor.gloves, floor.warehouse, "A-01-2", 10);
        PlaceOrder order = floor.order(floor.customer("DHL", LocalTime.of(15, 0)), floor.gloves, 6);
        Wave wave = release(floor, floor.supervisor(), order);
        UserAccount pat = account(floor.picker.registration().userId());
        inTransaction(em -> capabilities().waves().assign(em, wave.id(), pat, null));
        assertThat(progress(floor).getFirst().state()).isEqualTo(WaveProgress.State.WAITING);

        PickTaskView first = floor.picker.views(PickTaskView.class).getFirst();
        assertThat(first.binCode()).isEqualTo("A-01-1");
        assertThat(floor.picker.send(new ConfirmPick(first.id(), "A-01-1", floor.gloves.gtin(), new BigDecimal("4"), null)).outcome())
                .isEqualTo(Outcome.ADJUSTED);

        PickTaskView rest = floor.picker.views(PickTaskView.class).stream().filter(t -> t.status() == PickTaskStatus.OPEN)
                .findFirst().orElseThrow();
        assertThat(rest.binCode()).isEqualTo("A-01-2");
        assertThat(rest.quantity()).isEqualByComparingTo("2");
        assertThat(rest.wave()).isEqualTo(new PickTaskView.Wave(wave.number(), 1, pat.id(), pat.displayName()));
        WaveProgress progress = progress(floor).getFirst();
        assertThat(progress.state()).isEqualTo(WaveProgress.State.PICKING);
        assertThat(List.of(progress.tasks(), progress.done(), progress.shorts())).containsExactly(2, 1, 1);
        assertThat(progress.picked()).isEqualByComparingTo("4");
        assertThat(progress.units()).isEqualByComparingTo("8");
        assertThat(progress.donePerPicker()).isEqualTo(Map.of(pat.id(), 1L));

        floor.picker.send(new ConfirmPick(rest.id(), "A-01-2", floor.gloves.gtin(), new BigDecimal("2"), null));
        assertThat(progress(floor).getFirst().state()).isEqualTo(WaveProgress.State.PICKED);
        assertThat(status(order)).isEqualTo("PICKED");
    }

    /**
     * A warehouse of its own for each test, so plans never mix: bins A-01-* in zone A, A-02-* in zone
     * B; gloves stocked in zone A, towels in zone B; a picker's handheld and a supervisor.
     */
    private static final class Floor {
        final Fixtures.TestWarehouse warehouse = fixtures.warehouse("WV" + FLOORS.incrementAndGet());
        final Fixtures.TestItem gloves = fixtures.item("GLV-" + warehouse.code(), "10.00");
        final Fixtures.TestItem towels = fixtures.item("TWL-" + warehouse.code(), "4.00");
        final TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, warehouse.id()));
        private final RunningDepot.TestUser supervisor = depot.addUser(Role.SUPERVISOR, warehouse.id());
        private int customers;

        Floor() {
            for (String bin : List.of("A-01-1", "A-01-2", "A-02-1", "A-02-2")) {
                fixtures.binRules(warehouse, bin, bin.startsWith("A-01") ? "A" : "B", 1000, null);
            }
            fixtures.stock(gloves, warehouse, "A-01-1", 10);
            fixtures.stock(towels, warehouse, "A-02-1", 10);
        }

        UUID customer(String carrier, LocalTime cutoff) {
            UUID customer = fixtures.customer(warehouse.code() + "-C" + ++customers, rep.id(), warehouse, "100000.00", "0");
            fixtures.shipsWith(customer, carrier, cutoff);
            return customer;
        }

        UUID customerOnAShortLeash() {
            return fixtures.customer(warehouse.code() + "-C" + ++customers, rep.id(), warehouse, "1.00", "0");
        }

        /** An order from the rep's handheld: item, quantity, item, quantity … */
        PlaceOrder order(UUID customer, Object... itemsAndQuantities) {
            List<PlaceOrder.Line> lines = IntStream.range(0, itemsAndQuantities.length / 2)
                    .mapToObj(i -> new PlaceOrder.Line(((Fixtures.TestItem) itemsAndQuantities[2 * i]).id(),
                            BigDecimal.valueOf((int) itemsAndQuantities[2 * i + 1]), null, null)).toList();
            PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, lines, null, null, null);
            assertThat(TestDevice.of(depot, rep).send(order).outcome()).isIn(Outcome.APPLIED, Outcome.PENDING_APPROVAL);
            return order;
        }

        Caller supervisor() {
            return capabilities().identity().signIn(supervisor.username(), RunningDepot.PASSWORD).caller();
        }

        TestDevice anotherPicker() {
            return TestDevice.of(depot, depot.addUser(Role.PICKER, warehouse.id()));
        }
    }

    private static Wave release(Floor floor, Caller caller, PlaceOrder... orders) {
        return inTransaction(em -> capabilities().orderSteps().release().releaseWave(em, floor.warehouse.id(),
                Arrays.stream(orders).map(PlaceOrder::orderId).toList(), caller));
    }

    private static List<WavePlanner.PlannedWave> plan(Floor floor) {
        return inTransaction(em -> capabilities().waves().plan(em, floor.warehouse.id()));
    }

    private static List<WaveProgress> progress(Floor floor) {
        return inTransaction(em -> capabilities().waves().onTheFloor(em, floor.warehouse.id()));
    }

    private static UserAccount account(UUID id) {
        return inTransaction(em -> new Users(em).byId(id).orElseThrow());
    }

    private static Object status(PlaceOrder order) {
        return depot.sql().single("SELECT status FROM sales_order WHERE id = ?", order.orderId());
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return capabilities().transactions().inTransaction(work);
    }

    private static DepotServer.Capabilities capabilities() {
        return depot.server().capabilities();
    }
}
