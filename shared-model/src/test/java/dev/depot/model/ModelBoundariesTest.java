package dev.depot.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rulebook runs on the server and on the device, so it may lean on nothing either side lacks. */
@AnalyzeClasses(packages = "dev.depot.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelBoundariesTest {

    @ArchTest
    static final ArchRule theModelUsesOnlyTheJdkAndJsonBindingAnnotations = classes()
            .that().resideInAPackage("dev.depot.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.depot.model..", "java..", "jakarta.json.bind.annotation..")
            .because("shared-model is plain Java: no framework, no persistence, no UI, no HTTP (DESIGN.md §2)");
}
