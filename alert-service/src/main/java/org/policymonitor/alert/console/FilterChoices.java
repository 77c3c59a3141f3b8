package org.policymonitor.alert.console;

import org.policymonitor.alert.act.ActKind;
import org.policymonitor.alert.item.ReviewStatus;
import org.policymonitor.alert.subscription.ThemeCatalogue;

import java.util.Arrays;
import java.util.List;

/**
 * What the filter form offers (the same form on the inbox, stories and acts pages) and where it sends the filter.
 *
 * @param perStory whether the form offers "one row per story" (the inbox)
 * @param kinds    the act kinds to choose from (the acts page), else empty
 */
public record FilterChoices(String action, List<String> themes, List<SourceFacets.Choice> sources,
                            List<String> languages, List<String> statuses, boolean perStory, List<String> kinds) {

    public static FilterChoices of(ThemeCatalogue themes, SourceFacets facets, String action) {
        return new FilterChoices(action, themes.ids(), facets.sources(), facets.languages(),
                Arrays.stream(ReviewStatus.values()).map(ReviewStatus::wire).toList(), "/console".equals(action),
                "/console/acts".equals(action) ? Arrays.stream(ActKind.values()).map(ActKind::wire).toList() : List.of());
    }
}
