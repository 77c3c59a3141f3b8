package org.policymonitor.alert.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.policymonitor.platform.web.ProblemException;

/** {@code page} and {@code size} of the paged lists (items, stories, acts), with one set of bounds. */
public class PageParams {

    static final int MAX_PAGE = 100_000;
    static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "0-based page, at most " + MAX_PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Page size, 1 to " + MAX_SIZE)
    int size;

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** These parameters, after a 400 problem naming {@code page} or {@code size} when either is out of bounds. */
    public PageParams checked() {
        check(page, size);
        return this;
    }

    /** The bounds of every paged list (page × size must stay an int offset). */
    static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.invalidField("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
