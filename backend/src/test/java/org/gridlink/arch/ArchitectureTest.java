package org.gridlink.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Package by feature: a feature may use another only through its public API (its facade, its event
 * records, and the public types those expose, all public and in the feature's root package);
 * features form no cycles; common depends on no feature.
 */
class ArchitectureTest {
  static final String BASE = "org.gridlink";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  static String featureOf(JavaClass c) {
    String rest = c.getPackageName().substring(BASE.length());
    if (rest.isEmpty()) {
      return "";
    }
    String first = rest.substring(1);
    int dot = first.indexOf('.');
    return dot < 0 ? first : first.substring(0, dot);
  }

  /** Public API of a feature: public types in the feature's root package. */
  static final DescribedPredicate<JavaClass> PUBLIC_API =
      DescribedPredicate.describe(
          "a public type in its feature's root package",
          c ->
              c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                  && c.getPackageName().equals(BASE + "." + featureOf(c)));

  @Test
  void featuresUseEachOtherOnlyThroughTheirPublicApi() {
    classes()
        .that()
        .resideInAPackage(BASE + "..")
        .should(
            new com.tngtech.archunit.lang.ArchCondition<JavaClass>(
                "use other features only through their public API") {
              @Override
              public void check(
                  JavaClass origin, com.tngtech.archunit.lang.ConditionEvents events) {
                String from = featureOf(origin);
                origin
                    .getDirectDependenciesFromSelf()
                    .forEach(
                        d -> {
                          JavaClass target = d.getTargetClass();
                          if (!target.getPackageName().startsWith(BASE)) {
                            return;
                          }
                          String to = featureOf(target);
                          if (to.equals(from)
                              || to.equals("common")
                              || to.isEmpty()
                              || from.isEmpty()) {
                            return;
                          }
                          if (!PUBLIC_API.test(target)) {
                            events.add(
                                com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                    d,
                                    d.getDescription()
                                        + " reaches into feature '"
                                        + to
                                        + "' past its facade"));
                          }
                        });
              }
            })
        .check(CLASSES);
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void commonDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".common..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to a feature",
                (JavaClass c) ->
                    c.getPackageName().startsWith(BASE + ".") && !featureOf(c).equals("common")))
        .check(CLASSES);
  }

  @Test
  void repositoriesAndEntitiesStayInsideTheirFeature() {
    classes()
        .that()
        .areAnnotatedWith(io.micronaut.data.jdbc.annotation.JdbcRepository.class)
        .or()
        .areAnnotatedWith(io.micronaut.data.annotation.MappedEntity.class)
        .should()
        .notBePublic()
        .check(CLASSES);
  }
}
