package org.schooljournal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules a newcomer can rely on: features depend on each other in one direction, the screens and
 * the REST API talk to boundaries, and every date is the school's.
 */
class ArchitectureTest {
    /**
     * The features from the bottom up: each may use those before it, never one after it. Bells and
     * the year plan are the calendar, which the journal and the timetable both read; the timetable
     * generates the journal's lessons, so it sits above the journal; batch jobs and the demo data
     * use every feature.
     */
    static final List<String> FEATURES =
            List.of(
                    "platform",
                    "identity",
                    "school",
                    "people",
                    "calendar",
                    "lessonplan",
                    "audit",
                    "journal",
                    "timetable",
                    "controlworks",
                    "oversight",
                    "diary",
                    "archive",
                    "batch",
                    "demo");

    /** The edge: JSF view beans and REST resources of every feature (the web module). */
    static final String[] EDGE = {"..web..", "..rest.."};

    static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.schooljournal");
    }

    /** The services, entities, rules and jobs of the feature, without its screens and resources. */
    static DescribedPredicate<JavaClass> core(String feature) {
        return resideInAPackage("org.schooljournal." + feature + "..")
                .and(not(resideInAnyPackage(EDGE)))
                .as(feature);
    }

    static ArchRule featuresInOneDirection() {
        Architectures.LayeredArchitecture layers =
                Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String feature : FEATURES) {
            layers = layers.layer(feature).definedBy(core(feature));
        }
        for (int i = 0; i < FEATURES.size() - 1; i++) {
            String[] above = FEATURES.subList(i + 1, FEATURES.size()).toArray(String[]::new);
            layers = layers.whereLayer(FEATURES.get(i)).mayOnlyBeAccessedByLayers(above);
        }
        return layers.whereLayer(FEATURES.get(FEATURES.size() - 1)).mayNotBeAccessedByAnyLayer();
    }

    @Test
    @DisplayName("features depend on each other in one direction: no cycle, nothing upwards")
    void featuresDependDownwards() {
        // the EJB and batch modules arrive as jars in a reactor build: all must be there
        org.junit.jupiter.api.Assertions.assertTrue(main.size() > 300, "classes: " + main.size());
        featuresInOneDirection().check(main);
    }

    @Test
    @DisplayName("a new upward dependency fails the rule (a deliberately added cycle)")
    void anUpwardDependencyFails() {
        // AuditedLesson (audit) is implemented by the journal's Lesson: fine downwards. Importing
        // the journal's Lesson into audit's own classes would close a cycle; the rule must see it.
        JavaClasses withCycle =
                new ClassFileImporter()
                        .importClasses(
                                org.schooljournal.audit.control.AuditTrail.class,
                                org.schooljournal.journal.entity.Lesson.class,
                                org.schooljournal.audit.control.CycleProbe.class);
        org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class, () -> featuresInOneDirection().check(withCycle));
    }

    @Test
    @DisplayName(
            "screens and REST resources use boundaries and the platform, not entities or rules")
    void edgeTalksToBoundaries() {
        // Known exceptions from before the rule (enums and records the screens still read from
        // entity packages) are frozen in src/test/resources/archunit_store: a new one fails.
        ArchRule rule =
                noClasses()
                        .that()
                        .resideInAnyPackage(EDGE)
                        .should()
                        .dependOnClassesThat(
                                resideInAnyPackage("..entity..", "..control..")
                                        .and(not(resideInAPackage("org.schooljournal.platform..")))
                                        .and(not(resideInAnyPackage(EDGE))))
                        .as("screens and REST resources use only boundaries and the platform");
        FreezingArchRule.freeze(rule).check(main);
    }

    @Test
    @DisplayName("one clock: no date or time from the server's default zone in main code")
    void oneClock() {
        ArchRule rule =
                noClasses()
                        .that()
                        .doNotHaveFullyQualifiedName("org.schooljournal.platform.control.Clocks")
                        .should()
                        .callMethod(LocalDate.class, "now")
                        .orShould()
                        .callMethod(LocalDate.class, "now", ZoneId.class)
                        .orShould()
                        .callMethod(LocalDateTime.class, "now")
                        .orShould()
                        .callMethod(LocalDateTime.class, "now", ZoneId.class)
                        .orShould()
                        .callMethod(LocalTime.class, "now")
                        .orShould()
                        .callMethod(ZonedDateTime.class, "now")
                        .orShould()
                        .callMethod(OffsetDateTime.class, "now")
                        .orShould()
                        .callMethod(Instant.class, "now")
                        .orShould()
                        .callMethod(YearMonth.class, "now")
                        .orShould()
                        .callMethod(Year.class, "now")
                        .orShould()
                        .callMethod(Clock.class, "systemDefaultZone")
                        .orShould()
                        .callMethod(Clock.class, "systemUTC")
                        .because("today is the school's: SchoolClock");
        rule.check(main);
    }
}
