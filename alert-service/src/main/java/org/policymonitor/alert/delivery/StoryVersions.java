package org.policymonitor.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.events.ClassifiedItem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Adds to an alerted item its story and the story's other versions known at sending time. */
@ApplicationScoped
public class StoryVersions {

    /** More versions than this are not listed in one alert (the API has them all). */
    static final int MAX_VERSIONS = 20;

    public Alert.ItemEntry entry(UUID deliveryId, ItemEntity item, ClassifiedItem classified) {
        if (item.storyId == null) {
            return new Alert.ItemEntry(deliveryId, classified);
        }
        List<Alert.Version> versions = ItemEntity.<ItemEntity>find("storyId = ?1 and id <> ?2", item.storyId, item.id)
                .range(0, MAX_VERSIONS - 1).list().stream()
                .sorted(Comparator.comparing(ItemEntity::eventTime).thenComparing(i -> i.id))
                .map(v -> new Alert.Version(v.id, v.sourceId, v.sourceName, v.language, v.title, v.link,
                        v.publishedAtWithOffset()))
                .toList();
        return new Alert.ItemEntry(deliveryId, classified, item.storyId, versions);
    }
}
