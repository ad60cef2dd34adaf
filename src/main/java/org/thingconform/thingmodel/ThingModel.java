package org.thingconform.thingmodel;

import java.util.List;
import java.util.Optional;

/**
 * The internal thing model every import (TSL JSON, WoT Thing Model, native YAML) turns
 * into: the product it describes and its properties, events and services.
 */
public record ThingModel(String productKey, List<Property> properties, List<Event> events, List<Service> services) {

    public ThingModel {
        properties = List.copyOf(properties);
        events = List.copyOf(events);
        services = List.copyOf(services);
    }

    public Optional<Property> property(String identifier) {
        return properties.stream().filter(p -> p.identifier().equals(identifier)).findFirst();
    }

    public Optional<Event> event(String identifier) {
        return events.stream().filter(e -> e.identifier().equals(identifier)).findFirst();
    }

    public Optional<Service> service(String identifier) {
        return services.stream().filter(s -> s.identifier().equals(identifier)).findFirst();
    }
}
