package dozor.local;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The boundaries of ARCHITECTURE.md, checked on the compiled classes of every module: deployables do not reach
 * into each other, features use each other's public API only, and events depend on nothing of ours.
 */
class ArchitectureTests {

    static final JavaClasses DOZOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dozor");

    /** Packages that make up the api deployable. */
    static final String[] API = { "dozor.api..", "dozor.requests..", "dozor.sla..", "dozor.shared..", "dozor.customers..",
            "dozor.work..", "dozor.queue..", "dozor.survey..", "dozor.slasettings..", "dozor.notifications..",
            "dozor.documents..", "dozor.comments..", "dozor.history..", "dozor.alerts..", "dozor.stock..",
            "dozor.procurement..",
            "dozor.logistics..", "dozor.finance.." };

    /** Features of the api: each is used by the others only through its base package. */
    static final List<String> FEATURES = List.of("dozor.requests", "dozor.sla", "dozor.api.outbox", "dozor.customers",
            "dozor.work", "dozor.queue", "dozor.survey", "dozor.slasettings", "dozor.notifications", "dozor.documents",
            "dozor.comments", "dozor.history", "dozor.stock", "dozor.procurement.purchasing",
            "dozor.procurement.suppliers", "dozor.procurement.plan", "dozor.logistics",
            "dozor.finance.rates");

    @Test
    void checksTheClassesOfEveryDeployable() {
        for (String name : List.of("dozor.api.ApiApplication", "dozor.streams.StreamsApplication",
                "dozor.batch.BatchApplication", "dozor.events.DozorEvent", "dozor.ingest.demo.DemoData",
                "dozor.ingest.crm.CrmWebhookController", "dozor.ingest.imports.Imports",
                "dozor.ingest.carriers.CarrierTrackingController", "dozor.logistics.Shipments")) {
            org.assertj.core.api.Assertions.assertThat(DOZOR.contain(name)).as(name).isTrue();
        }
    }

    @Test
    void theLibrariesDependOnNoDeployable() {
        noClasses().that().resideInAnyPackage("dozor.calendar..", "dozor.clocks..").should().dependOnClassesThat()
                .resideInAnyPackage(List.of(API).toArray(String[]::new)).check(DOZOR);
        noClasses().that().resideInAnyPackage("dozor.calendar..", "dozor.clocks..").should().dependOnClassesThat()
                .resideInAnyPackage("dozor.streams..", "dozor.batch..", "dozor.ingest..", "org.springframework..")
                .check(DOZOR);
    }

    @Test
    void eventsDependOnNoOtherModule() {
        classes().that().resideInAPackage("dozor.events..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("dozor.events..", "java..", "com.fasterxml.jackson.annotation..", "tools.jackson..")
                .check(DOZOR);
    }

    @Test
    void theApiKnowsNothingOfStreamsBatchOrIngest() {
        noClasses().that().resideInAnyPackage(API).should().dependOnClassesThat()
                .resideInAnyPackage("dozor.streams..", "dozor.batch..", "dozor.ingest..", "dozor.local..")
                .check(DOZOR);
    }

    @Test
    void streamsNeverTouchesTheDatabaseOrTheOtherDeployables() {
        noClasses().that().resideInAPackage("dozor.streams..").should().dependOnClassesThat()
                .resideInAnyPackage(List.of(API).toArray(String[]::new)).check(DOZOR);
        noClasses().that().resideInAPackage("dozor.streams..").should().dependOnClassesThat()
                .resideInAnyPackage("dozor.batch..", "dozor.ingest..", "java.sql..", "javax.sql..",
                        "org.springframework.jdbc..")
                .check(DOZOR);
    }

    @Test
    void batchChangesOperationalStateOnlyThroughTheApi() {
        noClasses().that().resideInAPackage("dozor.batch..").should().dependOnClassesThat()
                .resideInAnyPackage(List.of(API).toArray(String[]::new)).check(DOZOR);
        noClasses().that().resideInAPackage("dozor.batch..").should().dependOnClassesThat()
                .resideInAnyPackage("dozor.streams..", "dozor.ingest..").check(DOZOR);
    }

    @Test
    void ingestUsesTheDomainsPublicApiOnly() {
        // Ingest serves HTTP itself (webhooks, uploads), so Spring's web packages are fine; the features' own
        // internal and web packages are not, nor is SQL of its own.
        noClasses().that().resideInAPackage("dozor.ingest..").should().dependOnClassesThat(
                resideInAnyPackage("dozor..internal..", "dozor..web..").and(resideOutsideOfPackage("dozor.ingest..")))
                .check(DOZOR);
        noClasses().that().resideInAPackage("dozor.ingest..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc.core..").check(DOZOR);
    }

    @Test
    void aFeaturesInternalsAndWebLayerAreItsOwn() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage(feature + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(feature + ".internal..", feature + ".web..")
                    .because(feature + " is used through its public API").check(DOZOR);
        }
    }

    @Test
    void sharedValueTypesDependOnNoFeature() {
        noClasses().that().resideInAPackage("dozor.shared..").should().dependOnClassesThat()
                .resideInAnyPackage(FEATURES.stream().map(f -> f + "..").toArray(String[]::new)).check(DOZOR);
    }
}
