package dozor.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a server-side paged list. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        int pages = size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
        return new PageResponse<>(items, page, size, totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
