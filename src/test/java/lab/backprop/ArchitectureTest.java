package lab.backprop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering that docs/ARCHITECTURE.md describes, checked on the compiled main classes. */
class ArchitectureTest {
    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lab.backprop");

    /** The packages that may speak HTTP: the app's factory, the JSON API, the pages and the hosting guard. */
    static final String[] HTTP_ROOMS = {"lab.backprop", "lab.backprop.api..", "lab.backprop.web..",
            "lab.backprop.hosting.."};

    @Test
    void theEngineImportsNothingButTheJdk() {
        classes().that().resideInAPackage("lab.backprop.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("lab.backprop.engine..", "java..")
                .check(APP);
    }

    @Test
    void theNotationAndTheLanguagesAreLeavesAboveTheEngine() {
        classes().that().resideInAnyPackage("lab.backprop.notation..", "lab.backprop.i18n..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("lab.backprop.notation..",
                        "lab.backprop.i18n..", "lab.backprop.engine..", "java..")
                .check(APP);
    }

    @Test
    void theWorkedStepIsPureAboveTheProblem() {
        classes().that().resideInAPackage("lab.backprop.worked..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("lab.backprop.worked..", "lab.backprop.problem..",
                        "lab.backprop.notation..", "lab.backprop.i18n..", "lab.backprop.engine..", "java..")
                .check(APP);
    }

    @Test
    void nothingBelowTheWebAndTheApiImportsJavalinJettyOrThymeleaf() {
        noClasses().that().resideOutsideOfPackages(HTTP_ROOMS)
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                        "org.thymeleaf..", "jakarta.servlet..")
                .check(APP);
    }

    @Test
    void onlyThePagesRenderTemplates() {
        noClasses().that().resideOutsideOfPackages("lab.backprop", "lab.backprop.web..")
                .should().dependOnClassesThat().resideInAPackage("org.thymeleaf..")
                .check(APP);
    }

    @Test
    void theRecordsStandBesideTheExercisesAndKnowNothingOfTheWebOrTheConfiguration() {
        noClasses().that().resideInAPackage("lab.backprop.records..")
                .should().dependOnClassesThat().resideInAnyPackage("lab.backprop.web..", "lab.backprop.api..",
                        "lab.backprop.hosting..", "lab.backprop.config..", "lab.backprop.content..",
                        "lab.backprop.lessons..")
                .check(APP);
    }

    @Test
    void thePagesAndTheApiDoNotImportEachOther() {
        noClasses().that().resideInAPackage("lab.backprop.web..")
                .should().dependOnClassesThat().resideInAPackage("lab.backprop.api..").check(APP);
        noClasses().that().resideInAPackage("lab.backprop.api..")
                .should().dependOnClassesThat().resideInAPackage("lab.backprop.web..").check(APP);
    }

    @Test
    void nothingImportsTheAppsFactory() {
        noClasses().that().resideOutsideOfPackage("lab.backprop")
                .should().dependOnClassesThat().resideInAPackage("lab.backprop").check(APP);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("lab.backprop.(*)..").should().beFreeOfCycles().check(APP);
    }
}
