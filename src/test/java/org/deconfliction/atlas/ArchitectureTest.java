package org.deconfliction.atlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The shape of the code: features without cycles, a map component that knows no feature, services without UI, bulk
 * writes that bind their values directly.
 */
@AnalyzeClasses(packages = "org.deconfliction.atlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("org.deconfliction.atlas.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theMapComponentKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.deconfliction.atlas.map..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.deconfliction.atlas.site..", "org.deconfliction.atlas.incident..",
                    "org.deconfliction.atlas.reference..", "org.deconfliction.atlas.analysis..",
                    "org.deconfliction.atlas.timeline..", "org.deconfliction.atlas.query..",
                    "org.deconfliction.atlas.api..", "org.deconfliction.atlas.ui..");

    @ArchTest
    static final ArchRule servicesDoNotUseTheUi = noClasses()
            .that().resideOutsideOfPackages("org.deconfliction.atlas.map..", "org.deconfliction.atlas..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.deconfliction.atlas..ui..",
                    "org.deconfliction.atlas.map..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theApiIsNotUsedByFeatures = noClasses()
            .that().resideOutsideOfPackage("org.deconfliction.atlas.api..")
            .should().dependOnClassesThat().resideInAPackage("org.deconfliction.atlas.api..");

    @ArchTest
    static final ArchRule bulkWritesBindTheirValuesDirectly = noClasses()
            .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("batchUpdate"))
                    .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.assignableTo(JdbcOperations.class)))))
            .because("a batch of many rows goes through store.StatementBatch, which binds each value as it is "
                    + "where JdbcOperations.batchUpdate looks up every parameter's SQL type");
}
