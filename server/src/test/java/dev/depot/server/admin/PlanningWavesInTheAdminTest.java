package dev.depot.server.admin;

import static dev.depot.server.admin.AdminHttp.csrfToken;
import static dev.depot.server.admin.AdminHttp.sessionCookie;
import static dev.depot.server.admin.TestOrders.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.ReplenishmentTaskView;
import dev.depot.server.DepotServer;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wave planner in a real browser and over plain HTTP, on the demo distributor: a supervisor
 * releases the first suggested wave and hands it to a picker, whose handheld hears of it; a wave
 * one of whose orders moved on meanwhile releases nothing; only supervisors and administrators
 * assign, and only the people who release orders see the planner.
 */
class PlanningWavesInTheAdminTest {

    /** The admin's time zone is one where it is eight in the morning now: every carrier of the demo still collects today. */
    private static final ZoneOffset MORNING = ZoneOffset.ofHours(Math.floorMod(8 - OffsetDateTime.now(ZoneOffset.UTC).getHour() + 12, 24) - 12);

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot().with("depot.admin.time-zone", MORNING.getId());
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    @AfterEach
    void theBooksStillBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aSupervisorReleasesTheFirstSuggestedWaveAndHandsItToAPicker() {
        TestDevice picker = TestDevice.of(depot, "picker", PASSWORD);
        WavesPage waves = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToWaves();
        List<WavesPage.Planned> planned = waves.planned();
        assertThat(planned).hasSizeGreaterThan(1);
        assertThat(planned).extracting(WavesPage.Planned::carrier).as("the carrier that collects soonest first, orders with no carrier last")
                .contains("No carrier")
                .isSortedAccordingTo(Comparator.comparing(carrier -> carrier.contains(" · ") ? carrier.substring(carrier.indexOf(" · ")) : "~"));
        assertThat(waves.pace()).matches("Times at 60 lines an hour per picker, \\d+ pickers? here, after the \\d+ picks? already on the floor\\.");
        assertThat(planned.getFirst().timing()).as("at eight, the first wave makes its carrier")
                .matches("Picked by \\d\\d:\\d\\d, before the \\d\\d:\\d\\d cut-off");
        List<WavesPage.OnFloor> before = waves.onTheFloor();
        assertThat(before).extracting(WavesPage.OnFloor::state).as("the demo's first wave is picked, its second waits")
                .startsWith("Picked", "Waiting");
        chrome.screenshot("admin-waves");

        waves = waves.release(1);

        assertThat(waves.notice()).isEqualTo("Wave released: its tasks are on the handhelds of the warehouse, one tote per order.");
        assertThat(waves.planned()).hasSize(planned.size() - 1).doesNotContain(planned.getFirst());
        List<WavesPage.OnFloor> after = new ArrayList<>(waves.onTheFloor());
        after.removeAll(before);
        WavesPage.OnFloor released = after.getFirst();
        assertThat(after).hasSize(1);
        assertThat(released.picker()).isEqualTo("Any picker");
        assertThat(released.progress()).matches("0 of \\d+ picks?");
        assertThat(planned.getFirst().orders()).allSatisfy(number -> assertThat(status(number)).isEqualTo("RELEASED"));

        waves = waves.assign(released.number(), "Pat Picker");

        assertThat(waves.notice()).isEqualTo("Wave assigned: the handhelds show it to that picker only.");
        assertThat(waves.onTheFloor()).filteredOn(w -> w.number().equals(released.number()))
                .extracting(WavesPage.OnFloor::picker).containsExactly("Pat Picker");
        assertThat(picker.views(PickTaskView.class)).filteredOn(t -> t.wave().number().equals(released.number())).isNotEmpty()
                .allSatisfy(t -> assertThat(t.wave().assignedToName()).isEqualTo("Pat Picker"))
                .allSatisfy(t -> assertThat(t.isFor(picker.registration().userId())).isTrue());
    }

    @Test
    void aWaveOneOfWhoseOrdersMovedOnMeanwhileReleasesNothing() {
        WavesPage waves = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToWaves();
        WavesPage.Planned first = waves.planned().getFirst();
        String movedOn = first.orders().getFirst();
        DepotServer.Capabilities c = depot.server().capabilities();
        UUID id = (UUID) depot.sql().single("SELECT id FROM sales_order WHERE number = ?", movedOn);
        c.transactions().run(em -> c.orderSteps().release().release(em, id, new TestOrders(depot).caller("orderdesk")));
        long wavesBefore = depot.sql().count("SELECT count(*) FROM wave");

        waves = waves.release(1);

        assertThat(waves.notice()).isEqualTo("No order was released: order " + movedOn + " is released; only open orders can be released.");
        assertThat(first.orders().subList(1, first.orders().size())).allSatisfy(number -> assertThat(status(number)).isEqualTo("OPEN"));
        assertThat(depot.sql().count("SELECT count(*) FROM wave")).isEqualTo(wavesBefore);
    }

    @Test
    void theFloorSeesThePickFacesToFillAndASupervisorHasThemCheckedAgain() {
        WavesPage waves = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToWaves();
        List<WavesPage.Fill> fills = waves.fills();
        assertThat(fills).as("the demo's low pick faces").isNotEmpty();
        assertThat(fills).allSatisfy(fill -> assertThat(fill.from()).isNotEqualTo(fill.face()));
        TestDevice picker = TestDevice.of(depot, "picker", PASSWORD);
        assertThat(picker.views(ReplenishmentTaskView.class)).extracting(ReplenishmentTaskView::toCode)
                .containsExactlyInAnyOrderElementsOf(fills.stream().map(WavesPage.Fill::face).toList());
        // a delivery put away in a reserve bin, and the face's levels raised (there is no form for levels yet)
        String face = fills.getFirst().face();
        UUID item = (UUID) depot.sql().single("SELECT item_id FROM replenishment_task WHERE to_code = ? LIMIT 1", face);
        UUID main = (UUID) depot.sql().single("SELECT id FROM warehouse WHERE code = 'MAIN'");
        new Fixtures(depot).stock(new Fixtures.TestItem(item, null, null, null),
                new Fixtures.TestWarehouse(main, "MAIN", Map.of("C-04-2", (UUID) depot.sql().single(
                        "SELECT id FROM location WHERE warehouse_id = ? AND code = 'C-04-2'", main))), "C-04-2", 500);
        depot.sql().update("UPDATE location SET replenish_min = 100000, replenish_max = 200000 WHERE warehouse_id = ? AND code = ?",
                main, face);

        waves = waves.checkPickFaces();

        assertThat(waves.notice()).isEqualTo("Pick faces checked: each one at its minimum has its tasks on the pickers' handhelds.");
        assertThat(waves.fills()).hasSize(fills.size() + 1).contains(new WavesPage.Fill(face, fills.getFirst().item(), "C-04-2", "500"));
        assertThat(depot.sql().count("SELECT count(*) FROM replenishment_task WHERE status = 'OPEN'")).isEqualTo(fills.size() + 1);
    }

    @Test
    void onlySupervisorsAndAdministratorsAssignAndOnlyThoseWhoReleaseOrdersSeeThePlanner() {
        AdminHttp http = new AdminHttp(depot.uri());
        String accountant = sessionCookie(http.signIn("accountant"));
        assertThat(http.get("/admin/waves", "Cookie", accountant).statusCode()).isEqualTo(403);
        assertThat(http.get("/admin/orders", "Cookie", accountant).body()).doesNotContain("href=\"/admin/waves\"");

        String desk = sessionCookie(http.signIn("orderdesk"));
        HttpResponse<String> page = http.get("/admin/waves?warehouse=MAIN", "Cookie", desk);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Release wave").doesNotContain("class=\"wave-assign\"");
        UUID wave = (UUID) depot.sql().single("SELECT id FROM wave ORDER BY number LIMIT 1");
        HttpResponse<String> assigned = http.post("/admin/waves/" + wave + "/assign", Map.of("_csrf", csrfToken(page.body()),
                "warehouse", "MAIN", "picker", ""), "Cookie", desk);
        assertThat(assigned.statusCode()).isEqualTo(403);
        assertThat(assigned.body()).contains("The wave stays as it was: order desk may not assign waves.");
        HttpResponse<String> checked = http.post("/admin/waves/pick-faces", Map.of("_csrf", csrfToken(page.body()), "warehouse", "MAIN"),
                "Cookie", desk);
        assertThat(checked.statusCode()).isEqualTo(403);
        assertThat(checked.body()).contains("Nothing was planned: order desk may not replenish pick faces.");

        String supervisor = sessionCookie(http.signIn("supervisor"));
        String supervisorPage = http.get("/admin/waves", "Cookie", supervisor).body();
        HttpResponse<String> toAReceiver = http.post("/admin/waves/" + wave + "/assign", Map.of("_csrf", csrfToken(supervisorPage),
                "warehouse", "MAIN", "picker", depot.sql().single("SELECT id FROM app_user WHERE username = 'receiver'").toString()),
                "Cookie", supervisor);
        assertThat(toAReceiver.statusCode()).isEqualTo(400);
        assertThat(toAReceiver.body()).contains("The wave stays as it was: only an active picker of the wave's warehouse can take it, and Rae Receiver is not one.");
        assertThat(depot.sql().single("SELECT assigned_to FROM wave WHERE id = ?", wave)).isNull();
    }

    private static Object status(String orderNumber) {
        return depot.sql().single("SELECT status FROM sales_order WHERE number = ?", orderNumber);
    }
}
