package io.weatherdata.bootstrap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Validates, for a batch command ({@code ingest}, {@code analyze}, …), only the configuration sections a batch
 * command uses: the database, the embedded database, ingestion, the API and AWS settings. Dropwizard's server
 * and logging factories are not used by these commands, and building Hibernate Validator's metadata for them was
 * ~0.2–0.35 s of every short run (BENCHMARKS.md, "Targets missed").
 * Violations keep their full path ({@code ingestion.parallelFiles}).
 * The {@code server} command validates everything.
 */
final class BatchCommandValidator implements Validator {
  private final Validator all;

  BatchCommandValidator(Validator all) {
    this.all = all;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
    if (!(object instanceof WeatherConfiguration configuration)) {
      return all.validate(object, groups);
    }
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put("database", configuration.getDatabase());
    sections.put("embeddedDatabase", configuration.getEmbeddedDatabase());
    sections.put("ingestion", configuration.getIngestion());
    sections.put("api", configuration.getApi());
    sections.put("aws", configuration.getAws());
    Set<ConstraintViolation<T>> violations = new LinkedHashSet<>();
    sections.forEach((name, section) -> {
      if (section == null) {
        violations.addAll(all.validateProperty(object, name, groups));   // @NotNull on the section itself
      } else {
        all.validate(section, groups).forEach(v -> violations.add((ConstraintViolation<T>) within(name, v)));
      }
    });
    return violations;
  }

  /** The violation with its path below the section's name, as a whole-configuration validation reports it. */
  @SuppressWarnings("unchecked")
  private static ConstraintViolation<Object> within(String section, ConstraintViolation<Object> violation) {
    Path path = new Path() {
      @Override
      public Iterator<Node> iterator() {
        return violation.getPropertyPath().iterator();
      }

      @Override
      public String toString() {
        String inner = violation.getPropertyPath().toString();
        return inner.isEmpty() ? section : section + "." + inner;
      }
    };
    return (ConstraintViolation<Object>) Proxy.newProxyInstance(
        BatchCommandValidator.class.getClassLoader(), new Class<?>[] {ConstraintViolation.class},
        (proxy, method, args) -> method.getName().equals("getPropertyPath") ? path : method.invoke(violation, args));
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
    return all.validateProperty(object, propertyName, groups);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
      Class<?>... groups) {
    return all.validateValue(beanType, propertyName, value, groups);
  }

  @Override
  public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
    return all.getConstraintsForClass(clazz);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return all.unwrap(type);
  }

  @Override
  public ExecutableValidator forExecutables() {
    return all.forExecutables();
  }
}
