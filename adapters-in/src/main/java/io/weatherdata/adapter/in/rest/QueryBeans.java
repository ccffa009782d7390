package io.weatherdata.adapter.in.rest;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Fills the {@code @BeanParam} beans of this API (plain classes whose public fields carry {@code @QueryParam}) from
 * the query string, directly. Jersey's own bean injection creates each bean through the injection framework on
 * every request, which cost a quarter of the throughput of a listing; this provider reads the fields once per
 * bean class and runs ahead of Jersey's (a higher priority). The beans still are what the OpenAPI document and
 * the strict-parameter check read.
 */
public final class QueryBeans implements ValueParamProvider {
  private static final ClassValue<Function<Map<String, List<String>>, Object>> FILLERS = new ClassValue<>() {
    @Override
    protected Function<Map<String, List<String>>, Object> computeValue(Class<?> type) {
      return filler(type);
    }
  };

  /** Registers the provider with Jersey's injection ({@code environment.jersey().register(QueryBeans.binder())}). */
  public static AbstractBinder binder() {
    return new AbstractBinder() {
      @Override
      protected void configure() {
        bind(new QueryBeans()).to(ValueParamProvider.class);
      }
    };
  }

  @Override
  public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
    if (parameter.getSource() != Parameter.Source.BEAN_PARAM) {
      return null;
    }
    Function<Map<String, List<String>>, Object> filler = FILLERS.get(parameter.getRawType());
    return request -> filler.apply(request.getUriInfo().getQueryParameters());
  }

  /** A bean of {@code type} filled from decoded query parameters, as Jersey would inject it. */
  static <T> T fill(Class<T> type, Map<String, List<String>> query) {
    return type.cast(FILLERS.get(type).apply(query));
  }

  @Override
  public PriorityType getPriority() {
    return Priority.HIGH;
  }

  private static Function<Map<String, List<String>>, Object> filler(Class<?> type) {
    List<Setter> setters = new ArrayList<>();
    for (Field field : type.getFields()) {
      QueryParam name = field.getAnnotation(QueryParam.class);
      if (name != null) {
        field.setAccessible(true);   // checked once here, not on every request (Field.set's check was 1.4% of a page)
        setters.add(new Setter(field, name.value(), Collection.class.isAssignableFrom(field.getType())));
      }
    }
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " needs a public no-argument constructor to be a query bean", e);
    }
    return query -> {
      try {
        Object bean = constructor.newInstance();
        for (Setter setter : setters) {
          List<String> values = query.get(setter.name());
          if (setter.many()) {
            setter.field().set(bean, values == null ? List.of() : List.copyOf(values));
          } else {
            setter.field().set(bean, values == null || values.isEmpty() ? null : values.get(0));
          }
        }
        return bean;
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("filling " + type.getSimpleName(), e);
      }
    };
  }

  /** One annotated field: its query parameter's name and whether it takes every value or the first. */
  private record Setter(Field field, String name, boolean many) {
  }
}
