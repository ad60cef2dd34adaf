/**
 * {@code thingconform merge}: the results folders of a sharded run's shards ({@code run --shard i/n}) become
 * one run again. {@link org.thingconform.merge.ShardFolders} reads each folder's journal,
 * {@link org.thingconform.merge.ShardsTogether} refuses shards that do not belong to one run, and
 * {@link org.thingconform.merge.MergedRun} is the whole run's request, its shards and every result, from which
 * the CLI writes a merged journal and renders every report as {@code thingconform report} does: a clause whose
 * generated cases or bindings ran on several shards gets its verdict as in one run, a test of a missing or
 * unfinished shard is NOT_RUN.
 */
package org.thingconform.merge;
