package dev.depot.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The sync module is shared by the server and the device: it knows neither of them, nor how either
 * stores data or draws screens. Inside it, the wire types stand alone, and the device engine and the
 * server's feed contracts do not know each other.
 */
@AnalyzeClasses(packages = "dev.depot.sync", importOptions = ImportOption.DoNotIncludeTests.class)
class SyncBoundariesTest {

    @ArchTest
    static final ArchRule syncKnowsNeitherTheServerNorTheApp = noClasses()
            .that().resideInAPackage("dev.depot.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.depot.server..", "dev.depot.mobile..")
            .because("dependencies point one way: server -> sync and mobile-client -> sync (DESIGN.md §2)");

    @ArchTest
    static final ArchRule syncIsStorageAndUiAgnostic = noClasses()
            .that().resideInAPackage("dev.depot.sync..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "com.gluonhq..", "org.eclipse.store..", "org.eclipse.serializer..",
                    "jakarta.persistence..", "org.eclipse.persistence..", "io.helidon..", "java.sql..")
            .because("the device journal and the server feed are interfaces; their storage lives in the apps");

    @ArchTest
    static final ArchRule theDeviceEngineTreatsTheFeedCursorAsOpaque = noClasses()
            .that().resideInAPackage("dev.depot.sync.client..")
            .should().dependOnClassesThat().resideInAPackage("dev.depot.sync.feed..")
            .because("a device stores the cursor as text and sends it back; only the server reads it");

    @ArchTest
    static final ArchRule theFeedContractsDoNotKnowTheDeviceEngine = noClasses()
            .that().resideInAPackage("dev.depot.sync.feed..")
            .should().dependOnClassesThat().resideInAPackage("dev.depot.sync.client..");

    @ArchTest
    static final ArchRule theWireTypesStandAlone = noClasses()
            .that().resideInAPackage("dev.depot.sync.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.depot.sync.client..", "dev.depot.sync.feed..")
            .because("both ends read and write them");
}
