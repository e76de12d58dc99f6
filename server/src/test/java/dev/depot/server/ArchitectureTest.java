package dev.depot.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server's shape, checked: capabilities without cycles, a platform that knows no capability, no client code. */
@AnalyzeClasses(packages = "dev.depot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = slices().matching("dev.depot.server.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule thePlatformKnowsNoCapability = noClasses().that().resideInAPackage("dev.depot.server.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.depot.server.catalog..", "dev.depot.server.partners..", "dev.depot.server.pricing..",
                    "dev.depot.server.inventory..", "dev.depot.server.fulfillment..", "dev.depot.server.orders..",
                    "dev.depot.server.billing..", "dev.depot.server.accounting..", "dev.depot.server.identity..",
                    "dev.depot.server.syncapi..", "dev.depot.server.admin..", "dev.depot.server.demo..", "dev.depot.server.audit..");

    @ArchTest
    static final ArchRule theServerNeverUsesDeviceCode = noClasses().that().resideInAPackage("dev.depot.server..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.depot.mobile..", "javafx..", "org.eclipse.store..");

    @ArchTest
    static final ArchRule sharedCodeNeverUsesTheServer = noClasses().that().resideInAnyPackage("dev.depot.model..", "dev.depot.sync..")
            .should().dependOnClassesThat().resideInAPackage("dev.depot.server..");

    @ArchTest
    static final ArchRule useCasesDoNotSpeakHttp = noClasses().that().resideInAnyPackage(
                    "dev.depot.server.catalog..", "dev.depot.server.partners..", "dev.depot.server.pricing..",
                    "dev.depot.server.inventory..", "dev.depot.server.fulfillment..", "dev.depot.server.orders..",
                    "dev.depot.server.billing..", "dev.depot.server.accounting..", "dev.depot.server.purchasing..",
                    "dev.depot.server.putaway..", "dev.depot.server.counting..", "dev.depot.server.waves..",
                    "dev.depot.server.shipping..", "dev.depot.server.replenishment..", "dev.depot.server.availability..", "dev.depot.server.transfers..")
            .and().haveSimpleNameNotEndingWith("Routes")
            .should().dependOnClassesThat().resideInAPackage("io.helidon..");
}
