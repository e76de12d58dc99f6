package dev.depot.mobile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.depot.mobile", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = slices().matching("dev.depot.mobile.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theShellKnowsNoScreensOfItsOwn = noClasses().that().resideInAPackage("dev.depot.mobile.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.depot.mobile.rep..", "dev.depot.mobile.picker..",
                    "dev.depot.mobile.signin..", "dev.depot.mobile.store..");

    @ArchTest
    static final ArchRule repAndPickerDoNotKnowEachOther = noClasses().that().resideInAPackage("dev.depot.mobile.rep..")
            .should().dependOnClassesThat().resideInAPackage("dev.depot.mobile.picker..");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsTheStorageEngine = noClasses().that()
            .resideInAnyPackage("dev.depot.mobile.rep..", "dev.depot.mobile.picker..", "dev.depot.mobile.signin..",
                    "dev.depot.mobile.ui..", "dev.depot.mobile.sync..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.store..");
}
