/**
 * Sharding: one run split over several machines. {@link org.thingconform.shard.ShardSpec} says which part
 * ({@code --shard i/n}) a process runs, {@link org.thingconform.shard.ShardPartition} deals the run's tests to
 * the parts, the same on every machine, and {@link org.thingconform.shard.ShardOrigin} is what a merged run
 * records about each part it combined ({@code thingconform merge}). Depends on nothing of ThingConform but its input errors
 * ({@code source}), so the journal, the engine, the reports and the CLI can all name a shard.
 */
package org.thingconform.shard;
