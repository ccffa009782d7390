package io.weatherdata.adapter.in.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the query string strictly, before the resource runs: a parameter the matched method does not declare
 * (as a {@code @QueryParam}, directly or in a {@code @BeanParam}), a single-valued parameter given twice, or an
 * empty value is a 400 naming the parameter. Typos never silently widen a query. Each resource method gets its
 * own filter when the application starts, holding the names it declares: nothing is looked up per request.
 */
public final class StrictQueryParameters implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    context.register(new Filter(declared(resource.getResourceMethod())), Priorities.HEADER_DECORATOR);
  }

  private record Filter(Map<String, Boolean> allowed) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      check(allowed, request.getUriInfo().getQueryParameters());
    }
  }

  /** Throws for the first parameter of {@code query} that {@code allowed} (as {@link #declared}) rejects. */
  static void check(Map<String, Boolean> allowed, Map<String, List<String>> query) {
    query.forEach((name, values) -> check(allowed, name, values));
  }

  private static void check(Map<String, Boolean> allowed, String name, List<String> values) {
    Boolean multiple = allowed.get(name);
    if (multiple == null) {
      throw new InvalidParameterException(QueryParameters.printable(name), allowed.isEmpty()
          ? "unknown parameter; this endpoint takes none"
          : "unknown parameter; allowed: " + String.join(", ", allowed.keySet()));
    }
    if (!multiple && values.size() > 1) {
      throw new InvalidParameterException(name, "given " + values.size() + " times; give it once");
    }
    if (values.stream().anyMatch(String::isEmpty)) {
      throw new InvalidParameterException(name, "is empty; give a value or leave the parameter out");
    }
  }

  /** Name to "may repeat" (a collection-typed parameter), sorted by name. */
  static Map<String, Boolean> declared(Method method) {
    Map<String, Boolean> names = new TreeMap<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        names.put(query.value(), Collection.class.isAssignableFrom(parameter.getType()));
      }
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Field field : parameter.getType().getFields()) {
          QueryParam inBean = field.getAnnotation(QueryParam.class);
          if (inBean != null) {
            names.put(inBean.value(), Collection.class.isAssignableFrom(field.getType()));
          }
        }
      }
    }
    return names;
  }
}
