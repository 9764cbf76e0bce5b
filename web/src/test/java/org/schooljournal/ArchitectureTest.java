package org.schooljournal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
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
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.diary.boundary.InlineQueryProbe;
import org.schooljournal.platform.entity.Role;

/**
 * The rules a newcomer can rely on: features depend on each other in one direction, the screens and
 * the REST API talk to boundaries, and every date is the school's.
 */
class ArchitectureTest {
    /**
     * The features from the bottom up: each may use those before it, never one after it. Bells and
     * the year plan are the calendar, which the journal and the timetable both read; the audit
     * trail observes the journal's changes (CDI events) and reads them back for it
     * (RecordedChanges), so it sits above the journal, which knows nothing of it; the timetable
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
                    "journal",
                    "audit",
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
        // The audit trail observes the journal's JournalChange events: fine downwards. A journal
        // class reading the audit's entries closes a cycle: the main code plus that one class must
        // fail, naming it (an empty layer would fail too, so the message is what proves it).
        ImportOption mainAndProbe =
                location ->
                        ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                                || location.contains(
                                        "org/schooljournal/journal/control/CycleProbe");
        JavaClasses withCycle =
                new ClassFileImporter()
                        .withImportOption(mainAndProbe)
                        .importPackages("org.schooljournal");
        AssertionError failure =
                org.junit.jupiter.api.Assertions.assertThrows(
                        AssertionError.class, () -> featuresInOneDirection().check(withCycle));
        org.junit.jupiter.api.Assertions.assertTrue(
                failure.getMessage().contains("CycleProbe"), failure.getMessage());
    }

    @Test
    @DisplayName("R-A08 only the audit feature appends to the audit trail; others fire events")
    void auditTrailAppendedOnlyByAudit() {
        // The journal fires JournalChange and the audit observes it in the same transaction; a
        // feature calling the trail directly would bring the old edge back.
        noClasses()
                .that()
                .resideOutsideOfPackage("org.schooljournal.audit..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.schooljournal.audit.control.AuditTrail")
                .check(main);
    }

    @Test
    @DisplayName("R-A01 a service of the whole staff says Role.STAFF, not the five roles again")
    void staffGroupNotRepeated() {
        Set<String> staff =
                Set.of(
                        Role.SCHOOL_ADMIN,
                        Role.HEAD,
                        Role.DEPUTY_HEAD,
                        Role.TEACHER,
                        Role.CLASS_TEACHER);
        DescribedPredicate<JavaAnnotation<?>> listsTheStaff =
                DescribedPredicate.describe(
                        "@RolesAllowed listing the staff's five roles",
                        a ->
                                a.getRawType().isEquivalentTo(RolesAllowed.class)
                                        && a.get("value")
                                                .map(v -> Set.of((String[]) v).equals(staff))
                                                .orElse(false));
        ArchRule onMethods = noMethods().should().beAnnotatedWith(listsTheStaff);
        onMethods.check(main);
        noClasses().should().beAnnotatedWith(listsTheStaff).check(main);
        // the rule sees the list when it is there (in any order)
        JavaClasses probe = new ClassFileImporter().importClasses(StaffListProbe.class);
        org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class, () -> onMethods.check(probe));
    }

    /** A service that repeats the staff's roles instead of saying Role.STAFF. */
    static class StaffListProbe {
        @RolesAllowed({
            Role.TEACHER,
            Role.HEAD,
            Role.CLASS_TEACHER,
            Role.SCHOOL_ADMIN,
            Role.DEPUTY_HEAD
        })
        void lessons() {}
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
    @DisplayName(
            "REST resources are application-scoped beans, made once, not built for each request")
    void resourcesMadeOnce() {
        // a plain resource class is made and injected (its EJBs looked up) anew on every request
        classes()
                .that()
                .areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should()
                .beAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .check(main);
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

    /** A query written out where it is run: JPQL or SQL handed to the EntityManager as text. */
    static final DescribedPredicate<JavaMethodCall> INLINE_QUERY =
            DescribedPredicate.describe(
                    "EntityManager.createQuery or createNativeQuery with a query string",
                    call ->
                            call.getTargetOwner().isAssignableTo(EntityManager.class)
                                    && Set.of("createQuery", "createNativeQuery")
                                            .contains(call.getName())
                                    && !call.getTarget().getRawParameterTypes().isEmpty()
                                    && call.getTarget()
                                            .getRawParameterTypes()
                                            .get(0)
                                            .isEquivalentTo(String.class));

    static ArchRule noInlineQueriesInBoundaries() {
        return noClasses()
                .that()
                .resideInAPackage("..boundary..")
                .should()
                .callMethodWhere(INLINE_QUERY)
                .because(
                        "a boundary reads through named queries or its feature's control-level"
                                + " query class (issue 9 item 5)");
    }

    @Test
    @DisplayName("boundaries write no JPQL or SQL inline: named queries or a control query class")
    void boundariesWriteNoInlineQueries() {
        noInlineQueriesInBoundaries().check(main);
    }

    @Test
    @DisplayName("an inline query in a boundary fails the rule, through every string overload")
    void anInlineQueryInABoundaryFails() {
        // the probe calls each of the five overloads that take a query string, and a named query
        List<String> violations =
                noInlineQueriesInBoundaries()
                        .evaluate(new ClassFileImporter().importClasses(InlineQueryProbe.class))
                        .getFailureReport()
                        .getDetails();
        org.junit.jupiter.api.Assertions.assertEquals(5, violations.size(), violations.toString());
        org.junit.jupiter.api.Assertions.assertTrue(
                violations.stream().allMatch(v -> v.contains("InlineQueryProbe")),
                violations.toString());
        org.junit.jupiter.api.Assertions.assertTrue(
                violations.stream().noneMatch(v -> v.contains("createNamedQuery")),
                violations.toString());
    }
}
