package io.juesuan.core.report;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A closed set of ours whose members are named in resources and datasets by a stable key
 * ("income.generalBudget").
 */
public interface Keyed {
  String key();

  /** Chinese name shown to people. */
  String label();

  /** The member of {@code type} with this key. */
  static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
    return Optional.ofNullable(Index.of(type).get(key)).map(type::cast);
  }

  /** Key → member, built once per enum. */
  final class Index {
    private static final Map<Class<?>, Map<String, Object>> INDEX = new ConcurrentHashMap<>();

    private Index() {}

    static Map<String, Object> of(Class<? extends Enum<?>> type) {
      return INDEX.computeIfAbsent(
          type,
          t ->
              Stream.of(t.getEnumConstants())
                  .collect(
                      Collectors.toUnmodifiableMap(e -> ((Keyed) e).key(), Function.identity())));
    }
  }
}
