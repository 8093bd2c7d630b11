package com.courtside.e2e.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module arrows of DESIGN.md, checked on the compiled program: a module never imports a module it may not
 * use, and nothing outside ui and app imports JavaFX.
 */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProgram() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.courtside");
    }

    @Test
    void everyModuleIsOnTheClassPath() {
        for (String module : new String[] {"timeline", "inference", "labeling", "export", "resources", "ui", "app"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("com.courtside." + module)))
                    .as("classes of module %s were imported", module).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} uses none of: {1}")
    @CsvSource(delimiter = ';', value = {
            "timeline;  inference labeling export resources ui app",
            "inference; labeling export resources ui app",
            "labeling;  inference export resources ui app",
            "export;    resources ui app",
            "resources; timeline inference labeling export ui app",
            "ui;        app"})
    void moduleImportsOnlyAlongTheArrows(String module, String forbidden) {
        String[] packages = Arrays.stream(forbidden.trim().split("\\s+"))
                .map(m -> "com.courtside." + m + "..").toArray(String[]::new);
        ArchRule rule = noClasses().that().resideInAPackage("com.courtside." + module.trim() + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages);
        rule.check(classes);
    }

    @Test
    void onlyUiAndAppImportJavaFx() {
        noClasses().that().resideOutsideOfPackages("com.courtside.ui..", "com.courtside.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void timelineHasNoNativeCode() {
        noClasses().that().resideInAPackage("com.courtside.timeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..", "ai.onnxruntime..", "java.awt..")
                .check(classes);
    }

    @Test
    void modulesFormNoCycles() {
        slices().matching("com.courtside.(*)..").should().beFreeOfCycles().check(classes);
    }
}
