package io.weatherdata.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hexagon's boundaries, checked on the compiled production classes of every module. */
@AnalyzeClasses(packages = "io.weatherdata",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  /** Test classes of other modules arrive as {@code *-tests.jar} (test-jar dependencies): not production code. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static final String DOMAIN = "io.weatherdata.domain..";
  private static final String APPLICATION = "io.weatherdata.application..";
  private static final String ADAPTERS_IN = "io.weatherdata.adapter.in..";
  private static final String ADAPTERS_OUT = "io.weatherdata.adapter.out..";
  private static final String BOOTSTRAP = "io.weatherdata.bootstrap..";
  private static final String SERVICES = "io.weatherdata.application.*.service..";
  private static final String IN_PORTS = "io.weatherdata.application.*.port.in..";
  private static final String OUT_PORTS = "io.weatherdata.application.*.port.out..";
  private static final String MODELS = "io.weatherdata.application.*.model..";
  private static final String EMBEDDED_DATABASE = "io.weatherdata.embedded..";

  @ArchTest
  static final ArchRule domainDependsOnTheJdkOnly = classes().that().resideInAPackage(DOMAIN)
      .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..");

  @ArchTest
  static final ArchRule applicationDependsOnTheDomainOnly = classes().that().resideInAPackage(APPLICATION)
      .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..");

  @ArchTest
  static final ArchRule inboundAdaptersDoNotUseOutboundAdapters = noClasses().that().resideInAPackage(ADAPTERS_IN)
      .should().dependOnClassesThat().resideInAPackage(ADAPTERS_OUT);

  @ArchTest
  static final ArchRule outboundAdaptersDoNotUseInboundAdapters = noClasses().that().resideInAPackage(ADAPTERS_OUT)
      .should().dependOnClassesThat().resideInAPackage(ADAPTERS_IN);

  @ArchTest
  static final ArchRule everyApplicationClassBelongsToACapabilitySlice = classes().that().resideInAPackage(APPLICATION)
      .should().resideInAnyPackage(SERVICES, IN_PORTS, OUT_PORTS, MODELS);

  /** buckpal's rule: what both port kinds need is a domain type or lives in the slice's model package. */
  @ArchTest
  static final ArchRule inPortsDoNotUseOutPorts = noClasses().that().resideInAPackage(IN_PORTS)
      .should().dependOnClassesThat().resideInAPackage(OUT_PORTS);

  @ArchTest
  static final ArchRule outPortsDoNotUseInPorts = noClasses().that().resideInAPackage(OUT_PORTS)
      .should().dependOnClassesThat().resideInAPackage(IN_PORTS);

  @ArchTest
  static final ArchRule modelsDoNotUsePortsOrServices = noClasses().that().resideInAPackage(MODELS)
      .should().dependOnClassesThat().resideInAnyPackage(IN_PORTS, OUT_PORTS, SERVICES);

  @ArchTest
  static final ArchRule inboundAdaptersCallUseCasesNotServices = noClasses().that().resideInAPackage(ADAPTERS_IN)
      .should().dependOnClassesThat().resideInAnyPackage(SERVICES, OUT_PORTS);

  @ArchTest
  static final ArchRule outboundAdaptersImplementPortsNotUseCases = noClasses().that().resideInAPackage(ADAPTERS_OUT)
      .should().dependOnClassesThat().resideInAnyPackage(SERVICES, IN_PORTS);

  /** The embedded PostgreSQL is tooling for the local default, chosen by bootstrap, never an adapter's concern. */
  @ArchTest
  static final ArchRule onlyBootstrapStartsTheEmbeddedDatabase = noClasses()
      .that().resideOutsideOfPackages(BOOTSTRAP, EMBEDDED_DATABASE)
      .should().dependOnClassesThat().resideInAPackage(EMBEDDED_DATABASE);

  @ArchTest
  static final ArchRule onlyBootstrapWiresConcreteAdaptersAndServices = noClasses()
      .that().resideOutsideOfPackages(BOOTSTRAP, ADAPTERS_OUT, SERVICES)
      .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
          com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
              com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(ADAPTERS_OUT, SERVICES))));

  @ArchTest
  static final ArchRule nothingDependsOnBootstrap = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
      .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);
}
