package org.fraudlink.cases.api;

import java.util.List;

import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;

/** Pages of the short lists that belong to one case (identifiers, suspects, gangs, dens), cut in memory. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> all, PageRequest paging) {
        int from = (int) Math.min((long) paging.page * paging.size, all.size());
        int to = Math.min(from + paging.size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), paging.page, paging.size, all.size());
    }
}
