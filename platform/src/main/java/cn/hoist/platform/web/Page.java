package cn.hoist.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, as every Hoist API returns lists: items, page number (from 0), page size, total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
